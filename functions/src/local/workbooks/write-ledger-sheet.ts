// Adds one ledger tab to a streaming workbook: header, notes, frozen row, widths, formats, dropdowns, data.
import type { DataValidation, stream } from 'exceljs';
import type { LedgerDef } from '../../core/ledgers';
import { type LedgerRowCells, rowValues } from './cell-writing';
import {
  columnWidth,
  dropdownOptions,
  dropdownValidation,
  numberFormat,
  TEMPLATE_LAST_ROW,
} from './column-layout';

type WorkbookWriter = stream.xlsx.WorkbookWriter;
/** The streaming worksheet has data validations at run time; exceljs' typings leave them out. */
type WithValidations = { dataValidations: { add(range: string, validation: DataValidation): void } };

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const REQUIRED_FONT = { bold: true, color: { argb: 'FFC00000' } } as const;
const OPTIONAL_FONT = { bold: true } as const;

/** Column letters of a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Last row that carries dropdowns: the template range, or 1,000 rows past the data. */
export const lastValidatedRow = (dataRows: number): number =>
  Math.max(TEMPLATE_LAST_ROW, dataRows + 1 + 1000);

/** `lists`: header → the validation of a column whose dropdown lists a county tab (see write-ledger-workbook). */
export function addLedgerSheet(
  workbook: WorkbookWriter,
  ledger: LedgerDef,
  rows: readonly LedgerRowCells[],
  lists: ReadonlyMap<string, DataValidation> = new Map(),
) {
  const sheet = workbook.addWorksheet(ledger.tab, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = ledger.fields.map((field) => {
    const numFmt = numberFormat(field);
    return { width: columnWidth(field), ...(numFmt ? { style: { numFmt } } : {}) };
  });
  const header = sheet.getRow(1);
  ledger.fields.forEach((field, index) => {
    const cell = header.getCell(index + 1);
    cell.value = field.header;
    cell.font = field.required ? REQUIRED_FONT : OPTIONAL_FONT;
    cell.fill = HEADER_FILL;
    cell.numFmt = 'General';
    if (field.hint) cell.note = field.hint;
  });
  header.commit();

  const lastRow = lastValidatedRow(rows.length);
  ledger.fields.forEach((field, index) => {
    const options = dropdownOptions(field);
    const validation = lists.get(field.header) ?? (options ? dropdownValidation(options) : null);
    if (!validation) return;
    const letter = columnLetter(index + 1);
    (sheet as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, validation);
  });
  for (const row of rows) sheet.addRow(rowValues(ledger, row)).commit();
  sheet.commit();
}

/** A very hidden sheet holding one list per column from row 1 (Excel's inline lists stop at 255 characters). */
export function addListSheet(
  workbook: WorkbookWriter,
  name: string,
  columns: readonly (readonly string[])[],
) {
  const sheet = workbook.addWorksheet(name, { state: 'veryHidden' });
  const length = Math.max(0, ...columns.map((c) => c.length));
  for (let i = 0; i < length; i++) sheet.addRow(columns.map((c) => c[i] ?? null)).commit();
  sheet.commit();
}
