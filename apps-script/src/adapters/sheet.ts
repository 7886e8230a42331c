// SheetPort over an Apps Script Sheet: every call is one Range read or write.
import type { Cell, SheetPort } from '../app/ports';
import { listRule } from './dropdown';

export function sheetPort(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetPort {
  const range = (row: number, column: number, rows: number, columns: number) =>
    sheet.getRange(row, column, rows, columns);
  const block = <T>(
    row: number,
    column: number,
    grid: T[][],
    write: (r: GoogleAppsScript.Spreadsheet.Range) => void,
  ) => {
    if (grid.length && grid[0]!.length) write(range(row, column, grid.length, grid[0]!.length));
  };
  return {
    name: sheet.getName(),
    lastRow: () => sheet.getLastRow(),
    lastColumn: () => sheet.getLastColumn(),
    values: (r, c, n, m) => range(r, c, n, m).getValues(),
    displayValues: (r, c, n, m) => range(r, c, n, m).getDisplayValues(),
    notes: (r, c, n, m) => range(r, c, n, m).getNotes(),
    backgrounds: (r, c, n, m) => range(r, c, n, m).getBackgrounds(),
    setValues: (r, c, values: Cell[][]) => block(r, c, values, (x) => x.setValues(values)),
    setNotes: (r, c, notes) => block(r, c, notes, (x) => x.setNotes(notes)),
    // Apps Script resets a cell whose colour is null; its typings only admit strings.
    setBackgrounds: (r, c, colors) => block(r, c, colors, (x) => x.setBackgrounds(colors as string[][])),
    setDropdown: (column, options) => {
      const rows = sheet.getMaxRows() - 1;
      if (rows > 0) range(2, column, rows, 1).setDataValidation(options.length ? listRule(options) : null);
    },
  };
}
