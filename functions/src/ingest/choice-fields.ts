// Columns whose dropdown lists a county tab's entries (培训申报.课程名称 ← 培训菜单), read off the references table.
import { type LedgerDef, ledgerById } from '../core/ledgers';
import { referencesOf } from '../core/validation/references';

export interface ChoiceField {
  /** The referring column's header: the key of `choices` in an ingest answer. */
  header: string;
  /** The county ledger whose rows hold the choices. */
  ledgerId: string;
  /** Its unique field (a key of the stored record). */
  field: string;
  /** What the server says when a row names something not listed. */
  missing: string;
}

/**
 * Choice fields of a ledger: each reference to a county ledger with a plain (unqualified) unique field, and
 * each listed reference to a county ledger's column (联系乡镇 ← 乡镇设置.乡镇).
 */
export function choiceFieldsOf(ledger: LedgerDef): ChoiceField[] {
  const out: ChoiceField[] = [];
  for (const reference of referencesOf(ledger.id)) {
    const target = ledgerById(reference.target);
    const header = ledger.fields.find((f) => f.key === reference.field)?.header;
    if (!header || out.some((c) => c.header === header) || target?.scope !== 'county') continue;
    const field =
      reference.listedIn ?? (target.unique && !target.unique.qualifier ? target.unique.field : null);
    if (!field) continue;
    out.push({ header, ledgerId: target.id, field, missing: reference.missing });
  }
  return out;
}

/** Choices as a dropdown lists them: distinct non-empty text, in pinyin order (then code-point order). */
export function choiceList(values: Iterable<unknown>): string[] {
  const texts = new Set<string>();
  for (const value of values) if (typeof value === 'string' && value.trim()) texts.add(value);
  return [...texts].sort((a, b) => a.localeCompare(b, 'zh-CN') || (a < b ? -1 : a > b ? 1 : 0));
}
