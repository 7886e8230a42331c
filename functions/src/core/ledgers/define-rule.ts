// The shape of a row rule: a stable id, its 数据质量 label, the fields it reads, and a pure check.
import type { CivilDate } from '../dates/civil-date';

export type Severity = 'error' | 'warning';

export interface RuleContext {
  /** Today in Asia/Shanghai, passed in — rules never read the clock. */
  today: CivilDate;
}

export interface RuleFinding {
  field: string;
  severity: Severity;
  /** Chinese, without the column name (the caller prefixes it). */
  message: string;
}

export interface RowRule<R> {
  /** Stable id, shown in logs and tests: `talent.apply-age`. */
  id: string;
  /**
   * What went wrong, as the 数据质量 tab says it after the column's name (`党员类别` + `与入党日期不符`).
   * Required, so a new rule cannot show its raw id to a county leader.
   */
  label: string;
  /** Fields the rule reads; it is skipped while any of them has a cell error. */
  uses: readonly (keyof R & string)[];
  check(record: R, context: RuleContext): RuleFinding[];
}

export const errorAt = (field: string, message: string): RuleFinding => ({
  field,
  severity: 'error',
  message,
});
export const warningAt = (field: string, message: string): RuleFinding => ({
  field,
  severity: 'warning',
  message,
});

/** Defines a rule with its record type inferred from the ledger. */
export const defineRule = <R>(rule: RowRule<R>): RowRule<R> => rule;
