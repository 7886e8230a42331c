// Turns one raw ledger row into a clean record, or into Chinese messages per column (errors and warnings).
import type { CellValue } from '../cells/cell-value';
import type { CivilDate } from '../dates/civil-date';
import type { LedgerDef, LedgerRecord } from '../ledgers/define-ledger';
import { normalizeHeader } from './header-map';
import { ledgerSchema } from './ledger-schema';
import { rulesFor, type Severity } from './rules';

export interface RowIssue {
  /** Stable id of the rule (`talent.apply-age`) or `cell.required` / `cell.format`. */
  ruleId: string;
  field: string;
  /** The Chinese header of the column. */
  column: string;
  severity: Severity;
  /** Full message for the clerk: `入党申请日期：申请时未满18周岁（出生于2008-05-02），请核对`. */
  message: string;
}

export interface RowValidation<R = Record<string, unknown>> {
  /** The clean record when the row has no error; warnings do not block it. */
  record: R | null;
  /** Every field that parsed, even when others did not. */
  values: Partial<R>;
  errors: RowIssue[];
  warnings: RowIssue[];
}

export interface ValidationContext {
  today: CivilDate;
}

/** Re-keys cells from header text to field keys; unknown headers are dropped. */
const keysByHeader = new WeakMap<LedgerDef, Map<string, string>>();

/** Header → field key, for the template header as it is and as compared (built once per ledger). */
function keyByHeaderOf(ledger: LedgerDef): Map<string, string> {
  let map = keysByHeader.get(ledger);
  if (!map) {
    map = new Map(ledger.fields.map((f) => [normalizeHeader(f.header), f.key]));
    for (const f of ledger.fields) map.set(f.header, f.key);
    keysByHeader.set(ledger, map);
  }
  return map;
}

export function cellsByField(ledger: LedgerDef, cellsByHeader: Readonly<Record<string, CellValue>>) {
  const keyByHeader = keyByHeaderOf(ledger);
  const out: Record<string, CellValue> = {};
  for (const [header, value] of Object.entries(cellsByHeader)) {
    const key = keyByHeader.get(header) ?? keyByHeader.get(normalizeHeader(header));
    if (key && !(key in out)) out[key] = value;
  }
  return out;
}

const issueFor = (
  ledger: LedgerDef,
  field: string,
  ruleId: string,
  severity: Severity,
  text: string,
): RowIssue => {
  const column = ledger.fields.find((f) => f.key === field)?.header ?? field;
  return { ruleId, field, column, severity, message: `${column}：${text}` };
};

/** Validates a row given as field key → raw cell. */
export function validateFields<L extends LedgerDef>(
  ledger: L,
  input: Readonly<Record<string, CellValue>>,
  context: ValidationContext,
): RowValidation<LedgerRecord<L>> {
  const schema = ledgerSchema(ledger, context.today);
  const values: Record<string, unknown> = {};
  const errors: RowIssue[] = [];
  const failed = new Set<string>();
  for (const field of ledger.fields) {
    const result = schema.checks[field.key]!(input[field.key]);
    if (result.ok) {
      values[field.key] = result.value;
      continue;
    }
    failed.add(field.key);
    errors.push(issueFor(ledger, field.key, result.ruleId, 'error', result.message));
  }
  const warnings: RowIssue[] = [];
  // A rule reading a value already reported wrong (a cell error, or an earlier rule's error on that column)
  // is skipped: a consequence of an error already reported is not a second error (one wrong 入党日期 is
  // 不能晚于今天, not also 党员类别应为预备党员).
  for (const rule of rulesFor(ledger)) {
    if (rule.uses.some((key) => failed.has(key))) continue;
    const findings = rule.check(values, context);
    for (const finding of findings) {
      const issue = issueFor(ledger, finding.field, rule.id, finding.severity, finding.message);
      (finding.severity === 'error' ? errors : warnings).push(issue);
    }
    for (const finding of findings) if (finding.severity === 'error') failed.add(finding.field);
  }
  const clean = errors.length === 0 ? (values as LedgerRecord<L>) : null;
  return { record: clean, values: values as Partial<LedgerRecord<L>>, errors, warnings };
}

/** Validates a row given as header → raw cell, as sheets send it. */
export const validateRow = <L extends LedgerDef>(
  ledger: L,
  cellsByHeader: Readonly<Record<string, CellValue>>,
  context: ValidationContext,
): RowValidation<LedgerRecord<L>> => validateFields(ledger, cellsByField(ledger, cellsByHeader), context);
