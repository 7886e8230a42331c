// Opens the clerk's file as an exceljs workbook to mark: an .xlsx as it is; .xls/.et/.ods through SheetJS's
// .xlsx writer (values, merges, number formats and widths kept); a CSV as one sheet of text cells.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { sniffFormat } from '../file-format';
import { readCsv } from '../read-csv';
import { WorkbookReadError } from '../read-ledger-workbook';
import { legacyAsXlsx, loadCodepages, readLegacyWorkbook } from '../read-legacy-sheets';

export async function openAsExcel(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFile(path);
  const sniffed = sniffFormat(bytes, path);
  if (sniffed.format === 'refused')
    throw new WorkbookReadError(`无法标注 ${basename(path)}：${sniffed.reason}`, {
      cause: { code: 'NOT_SPREADSHEET' },
    });
  const workbook = new ExcelJS.Workbook();
  if (sniffed.format === 'xlsx') {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  }
  if (sniffed.format === 'csv') {
    const sheet = workbook.addWorksheet(basename(path, extname(path)).slice(0, 31));
    for (const row of readCsv(bytes).grid) sheet.addRow(row);
    return workbook;
  }
  await loadCodepages();
  await workbook.xlsx.load(legacyAsXlsx(readLegacyWorkbook(bytes)) as unknown as ArrayBuffer);
  return workbook;
}
