// Reads the data rows of a tab into cells by field key, skipping blank rows (workbooks and sheets alike).
import type { CellValue } from '../cells/cell-value';
import { isBlankCell } from '../cells/normalize-text';
import type { HeaderMap } from './header-map';

export interface ReadRow {
  /** 1-based row number in the sheet. */
  rowNumber: number;
  /** The row key from the hidden key column, when the sheet has one. */
  rowKey: string | null;
  /** The raw cells by field key, as read. */
  cells: Record<string, CellValue>;
}

/** Reads the data rows of a tab into cells by field key, skipping blank rows. */
export function readSheetRows(
  headers: HeaderMap,
  dataRows: readonly (readonly CellValue[])[],
  firstRowNumber: number,
): ReadRow[] {
  const out = [];
  for (const [offset, row] of dataRows.entries()) {
    const cells: Record<string, CellValue> = {};
    let blank = true;
    for (const [key, column] of headers.columnOf) {
      const value = row[column];
      cells[key] = value;
      if (!isBlankCell(value)) blank = false;
    }
    if (blank) continue;
    const rawKey = headers.rowKeyColumn === null ? null : row[headers.rowKeyColumn];
    const rowKey = rawKey === null || rawKey === undefined || rawKey === '' ? null : String(rawKey);
    out.push({ rowNumber: firstRowNumber + offset, rowKey, cells });
  }
  return out;
}
