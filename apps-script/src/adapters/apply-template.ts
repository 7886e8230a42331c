// Creates a ledger tab from its template: header row with notes, frozen; hidden, protected key columns; formats.
import { DATE_FORMAT, type TabTemplate, TEXT_FORMAT } from '../app/template';
import { listRule } from './dropdown';

export function applyTemplate(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, t: TabTemplate): void {
  const sheet = ss.insertSheet(t.tab, ss.getSheets().length);
  const width = t.headers.length;
  sheet
    .getRange(1, 1, 1, width)
    .setValues([t.headers])
    .setNotes([t.headerNotes])
    .setFontWeight('bold')
    .setBackground('#d9ead3');
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  for (const d of t.dropdowns) sheet.getRange(2, d.column, rows, 1).setDataValidation(listRule(d.options));
  for (const column of t.dateColumns) sheet.getRange(2, column, rows, 1).setNumberFormat(DATE_FORMAT);
  for (const column of t.textColumns) sheet.getRange(2, column, rows, 1).setNumberFormat(TEXT_FORMAT);
  sheet.hideColumns(1, t.hiddenColumns);
  // Warning-only: the clerk is warned, while the triggers (running as whoever installed them) can still write.
  sheet
    .getRange(1, 1, sheet.getMaxRows(), t.hiddenColumns)
    .protect()
    .setDescription('双培双带：行键与行版本由脚本维护，请勿修改')
    .setWarningOnly(true);
}
