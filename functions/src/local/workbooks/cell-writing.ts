// Turns a ledger row (header → cell) into the ordered values of a worksheet row.
import type { CellValue } from '../../core/cells/cell-value';
import type { LedgerDef } from '../../core/ledgers';

/** A row to write: canonical header → value; missing headers stay empty. */
export type LedgerRowCells = Readonly<Record<string, CellValue>>;

/** Values in template column order; a string stays a string (ID numbers never become numbers). */
export function rowValues(
  ledger: LedgerDef,
  cells: LedgerRowCells,
): (string | number | boolean | Date | null)[] {
  return ledger.fields.map((field) => {
    const value = cells[field.header];
    return value === undefined ? null : value;
  });
}
