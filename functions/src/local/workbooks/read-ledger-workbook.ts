// Reads an .xlsx ledger workbook (ours or one a county already keeps) into ledger tabs with stable row keys.
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { LedgerWorkbook, LedgerWorkbookTab, WorkbookKind } from './ledger-workbook';
import { matchSheets } from './match-sheets';
import { readLedgerTab } from './read-ledger-tab';
import { sheetGrid } from './sheet-grid';

/**
 * The file is missing (`cause.code` NOT_FOUND) or is not an .xlsx workbook exceljs can open (an .xls, .et, a
 * CSV, or a damaged file; `cause.code` NOT_XLSX).
 */
export class WorkbookReadError extends Error {
  override name = 'WorkbookReadError';
}

/** County = holds 乡镇设置 and/or 定性考评 only; township = holds township ledgers only. */
export function workbookKind(tabs: readonly LedgerWorkbookTab[]): WorkbookKind {
  const county = tabs.some((t) => t.ledger.scope === 'county');
  const township = tabs.some((t) => t.ledger.scope === 'township');
  if (county === township) return 'unknown';
  return county ? 'county' : 'township';
}

/** Reads the ledgers of an already opened workbook. */
export function parseLedgerWorkbook(workbook: ExcelJS.Workbook): LedgerWorkbook {
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, grid: sheetGrid(sheet) }));
  const { matches, ignored } = matchSheets(sheets);
  const tabs = matches.map(({ sheet, ledger }) => readLedgerTab(ledger, sheet.name, sheet.grid));
  return { kind: workbookKind(tabs), tabs, ignoredTabs: ignored };
}

export async function readLedgerWorkbook(path: string): Promise<LedgerWorkbook> {
  if (!existsSync(path))
    throw new WorkbookReadError(`找不到文件 ${path}：请检查路径和文件名（如 城关镇.xlsx）`, {
      cause: { code: 'NOT_FOUND' },
    });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new WorkbookReadError(
      `无法读取 ${path}：不是 .xlsx 工作簿或文件已损坏（${(error as Error).message}）。请用 Excel 或 WPS 打开，另存为“Excel 工作簿 (*.xlsx)”后重试`,
      { cause: { code: 'NOT_XLSX', error } },
    );
  }
  return parseLedgerWorkbook(workbook);
}
