// Dropdown lists for township tabs from a county's own tabs (培训申报.课程名称 ← 培训菜单), as `ingest` answers them.
import type { CivilDate } from '../../core/dates/civil-date';
import { type LedgerDef, ledgerById } from '../../core/ledgers';
import { validateRow } from '../../core/validation';
import { choiceFieldsOf, choiceList } from '../../ingest/choice-fields';
import type { LedgerRowCells } from './cell-writing';

/** Header → the entries its dropdown lists. */
export type Choices = Readonly<Record<string, readonly string[]>>;

/** Choices of a ledger's columns; `noChoices` for a workbook written without a county. */
export type ChoicesOf = (ledger: LedgerDef) => Choices;
export const noChoices: ChoicesOf = () => ({});

/**
 * Lists from the county's rows (ledger id → rows, header → cell): the unique field of each row without
 * errors, distinct and in pinyin order. A county tab not given leaves its columns without a list.
 */
export function countyChoices(
  county: ReadonlyMap<string, readonly LedgerRowCells[]>,
  today: CivilDate,
): ChoicesOf {
  return (ledger) => {
    const out: Record<string, string[]> = {};
    for (const c of choiceFieldsOf(ledger)) {
      const rows = county.get(c.ledgerId);
      if (!rows) continue;
      const target = ledgerById(c.ledgerId)!;
      const valid = rows.map((r) => validateRow(target, r, { today })).filter((v) => !v.errors.length);
      out[c.header] = choiceList(valid.map((v) => (v.values as Record<string, unknown>)[c.field]));
    }
    return out;
  };
}
