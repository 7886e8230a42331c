// A cross-ledger reference: a field of one ledger that names a row of another by that row's unique key, or
// (a listed reference) names values of another ledger's column (联系乡镇 → 乡镇设置.乡镇, several in one cell).
// Built against both definitions, so a reference to a field that does not exist fails to compile, and its
// key is composed the way the target ledger's `unique` says (qualifier, township scope), never by hand.
import type { FieldKeyOf, LedgerDef, LedgerRecord } from './define-ledger';

/** The facts a registered row vouches for, which other ledgers' references check. */
export interface PersonFacts {
  memberCategory?: string | null;
  isTopTalent?: boolean | null;
  politicalStatus?: string | null;
  /** The day a talent joined the party (接收预备党员日期); absent on entries stored before it was recorded. */
  partySince?: string | null;
  /** The days a row ran (a pair): first day, and last day or null while open. Rows without one never overlap-test. */
  periodFrom?: string | null;
  periodUntil?: string | null;
}

/** A finding of a reference that is only advice: the row is accepted, the clerk is told what to update. */
export interface ReferenceAdvice {
  /** The column the advice is about (`status`), when not the referring field. */
  field?: string;
  message: string;
}

export interface Reference {
  ruleId: string;
  /** What went wrong, for the 数据质量 tab (`不是正式党员`). */
  label: string;
  /** The referring field, whose column the message names. */
  field: string;
  /** The ledger whose unique keys are looked up. */
  target: string;
  /** The unique key to look up, or null when the row names nothing (a listed reference has none). */
  keyOf(record: Readonly<Record<string, unknown>>, township: string): string | null;
  /**
   * A listed reference: the target's field whose values (its live rows, errors or not) the names must be
   * among — a name checked against a county tab's column, not a unique key (联系乡镇 → 乡镇设置.乡镇).
   */
  listedIn?: string;
  /** The names a listed reference's field holds (`乙乡、丙镇` → 乙乡, 丙镇); [] when the row names nothing. */
  namesOf(record: Readonly<Record<string, unknown>>): string[];
  /** The message when nothing is found. */
  missing: string;
  /** A listed reference's message naming the names not found and the names that are listed. */
  unknown?(names: readonly string[], listed: readonly string[]): string;
  /** The message when the entry found will not do, else null; `record` is the referring row. */
  check?(entry: PersonFacts, where: string, record: Readonly<Record<string, unknown>>): string | null;
  /** A warning when the entry will do but the referring row should be updated (a mentee who joined). */
  advise?(entry: PersonFacts, record: Readonly<Record<string, unknown>>): ReferenceAdvice | null;
  /**
   * For a reference that relies on the entry's facts (`check`): the message when the entry's own row has
   * errors, since those facts are not to be trusted until it is corrected. A reference that needs only the
   * entry to exist has none, so one row's mistake is not counted again on every row that names it.
   */
  flawed?(where: string): string;
}

export interface ReferenceSpec<S extends LedgerDef> {
  ruleId: string;
  label: string;
  /** The field of the referring ledger holding the target's unique value (an ID number, a course…). */
  field: FieldKeyOf<S>;
  /** The field holding the target's qualifier, when the target's unique key has one (帮带类型). */
  qualifier?: FieldKeyOf<S>;
  /** Only rows this holds for refer (a “2+1” pair's mentors are members, a “1+1” pair's are talents). */
  when?(record: Readonly<Partial<LedgerRecord<S>>>): boolean;
  missing: string;
  /** A listed reference: the target's field holding the names (see `Reference.listedIn`). */
  listedIn?: string;
  /** The names the field's text holds, for a listed reference (default: the text itself). */
  names?(text: string): string[];
  unknown?(names: readonly string[], listed: readonly string[]): string;
  check?(entry: PersonFacts, where: string, record: Readonly<Partial<LedgerRecord<S>>>): string | null;
  advise?(entry: PersonFacts, record: Readonly<Partial<LedgerRecord<S>>>): ReferenceAdvice | null;
  flawed?(where: string): string;
}

const text = (record: Readonly<Record<string, unknown>>, field: string | undefined) =>
  field !== undefined && typeof record[field] === 'string' && record[field]
    ? (record[field] as string)
    : null;

/** A reference from `source` to `target`; the target must have a unique key. */
export function defineReference<S extends LedgerDef, T extends LedgerDef>(
  source: S,
  target: T,
  spec: ReferenceSpec<S>,
): Reference {
  const unique = target.unique;
  const { when, qualifier, check, advise, names, listedIn, ...rest } = spec;
  type Row = Readonly<Partial<LedgerRecord<S>>>;
  const applies = (record: Readonly<Record<string, unknown>>) => !when || when(record as Row);
  if (listedIn !== undefined) {
    if (!target.fields.some((f) => f.key === listedIn))
      throw new Error(`「${target.tab}」没有字段 ${listedIn}，不能被「${source.tab}」引用`);
    return {
      ...rest,
      target: target.id,
      listedIn,
      keyOf: () => null,
      namesOf(record) {
        const value = applies(record) ? text(record, spec.field) : null;
        return value ? [...new Set(names ? names(value) : [value])] : [];
      },
    };
  }
  if (!unique) throw new Error(`「${target.tab}」没有唯一键，不能被「${source.tab}」引用`);
  if (!unique.qualifier !== !spec.qualifier) {
    throw new Error(`「${source.tab}」对「${target.tab}」的引用须与其唯一键的限定字段一致`);
  }
  return {
    ...rest,
    ...(check ? { check: (entry, where, record) => check(entry, where, record as Row) } : {}),
    ...(advise ? { advise: (entry, record) => advise(entry, record as Row) } : {}),
    target: target.id,
    namesOf: () => [],
    keyOf(record, township) {
      if (!applies(record)) return null;
      const value = text(record, spec.field);
      if (!value) return null;
      const qualified = qualifier ? text(record, qualifier) : null;
      if (qualifier && !qualified) return null;
      const key = qualified ? `${qualified}:${value}` : value;
      return unique.scope === 'township' ? `${township}|${key}` : key;
    },
  };
}

/** `此人在城关镇「农民党员」第3行的登记有错误，不能作为“2+1”帮带人的依据；须先改正该行，再全量同步本表` */
export const flawedBasis = (subject: string, basis: string) => (where: string) =>
  `${subject}在${where}的登记有错误，不能作为${basis}的依据；须先改正该行，再全量同步本表`;
