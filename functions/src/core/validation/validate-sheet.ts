// Validates a whole tab as read from a workbook or sheet: header row first, then each non-blank row.
import type { CellValue } from '../cells/cell-value';
import { isBlankCell } from '../cells/normalize-text';
import type { LedgerDef, LedgerRecord } from '../ledgers/define-ledger';
import { type HeaderMap, headerIssues, mapHeaders } from './header-map';
import { type RowValidation, type ValidationContext, validateFields } from './validate-row';

export interface SheetRow<R = Record<string, unknown>> extends RowValidation<R> {
  /** 1-based row number in the sheet (the header is row 1 unless told otherwise). */
  rowNumber: number;
  /** The row key from the hidden key column, when the sheet has one. */
  rowKey: string | null;
  /** The raw cells by field key, as read. */
  cells: Record<string, CellValue>;
}

export interface SheetValidation<R = Record<string, unknown>> {
  headers: HeaderMap;
  /** Problems with the sheet itself, said once: a missing required column blocks every row. */
  sheetErrors: string[];
  sheetWarnings: string[];
  rows: SheetRow<R>[];
}

/** Reads the data rows of a tab into cells by field key, skipping blank rows. */
export function readSheetRows(
  headers: HeaderMap,
  dataRows: readonly (readonly CellValue[])[],
  firstRowNumber: number,
): { rowNumber: number; rowKey: string | null; cells: Record<string, CellValue> }[] {
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

export function validateSheet<L extends LedgerDef>(
  ledger: L,
  headerRow: readonly CellValue[],
  dataRows: readonly (readonly CellValue[])[],
  context: ValidationContext,
  headerRowNumber = 1,
): SheetValidation<LedgerRecord<L>> {
  const headers = mapHeaders(ledger, headerRow);
  const { errors, warnings } = headerIssues(ledger, headers);
  if (errors.length) return { headers, sheetErrors: errors, sheetWarnings: warnings, rows: [] };
  const rows = readSheetRows(headers, dataRows, headerRowNumber + 1).map((row) => ({
    ...row,
    ...validateFields(ledger, row.cells, context),
  }));
  return { headers, sheetErrors: [], sheetWarnings: warnings, rows };
}
