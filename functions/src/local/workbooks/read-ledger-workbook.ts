// Reads a ledger workbook in any format clerks save (.xlsx, .xls, .et, .ods, CSV) into ledger tabs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { type FileFormat, sniffFormat } from './file-format';
import type { LedgerWorkbook, LedgerWorkbookTab, WorkbookKind } from './ledger-workbook';
import { matchSheets, type NamedGrid } from './match-sheets';
import { readXlsxSheets } from './ooxml/read-xlsx-sheets';
import { readCsv } from './read-csv';
import { readLedgerTab } from './read-ledger-tab';
import { loadCodepages, readLegacySheets } from './read-legacy-sheets';
import { sheetGrid } from './sheet-grid';

/**
 * The file is missing (`cause.code` NOT_FOUND), is no spreadsheet (NOT_SPREADSHEET: a Word file, a PDF…),
 * or cannot be opened (DAMAGED). The message is Chinese and says what to do; no library text is in it.
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

/** Reads the ledgers of named grids (a file's worksheets; a CSV is one sheet named after its file). */
export function parseLedgerSheets(sheets: readonly NamedGrid[], format: FileFormat = 'xlsx'): LedgerWorkbook {
  const { matches, ignored } = matchSheets(sheets);
  const tabs = matches.map(({ sheet, ledger }) => readLedgerTab(ledger, sheet.name, sheet.grid));
  return { kind: workbookKind(tabs), format, tabs, ignoredTabs: ignored };
}

/** Reads the ledgers of an already opened exceljs workbook. */
export const parseLedgerWorkbook = (workbook: ExcelJS.Workbook): LedgerWorkbook =>
  parseLedgerSheets(workbook.worksheets.map((sheet) => ({ name: sheet.name, grid: sheetGrid(sheet) })));

const SAVE_AS = '请用 Excel 或 WPS 打开，另存为“Excel 工作簿 (*.xlsx)”后重试';

function damaged(path: string, format: FileFormat, error: unknown): WorkbookReadError {
  const text = String((error as Error)?.message ?? error);
  const reason = /password|encrypt/i.test(text)
    ? '文件设有打开密码，请取消密码后另存'
    : format === 'biff'
      ? '文件已损坏，或是不支持的旧版格式'
      : '文件已损坏或不完整';
  return new WorkbookReadError(`无法读取 ${basename(path)}：${reason}。${SAVE_AS}`, {
    cause: { code: 'DAMAGED', format, error },
  });
}

async function sheetsOf(
  path: string,
  bytes: Buffer,
  format: FileFormat,
): Promise<{ sheets: NamedGrid[]; encoding?: string }> {
  if (format === 'csv') {
    const { grid, encoding } = readCsv(bytes);
    return { sheets: [{ name: basename(path, extname(path)), grid }], encoding };
  }
  // An .xlsx is read from its XML (50,000 rows: a third of SheetJS's time and memory, same cells); SheetJS
  // reads what that reader does not handle, and every other format.
  const sheets = format === 'xlsx' ? await readXlsxSheets(bytes) : null;
  if (sheets) return { sheets };
  if (format !== 'xlsx') await loadCodepages();
  return { sheets: readLegacySheets(bytes, format === 'html') };
}

export async function readLedgerWorkbook(path: string): Promise<LedgerWorkbook> {
  if (!existsSync(path))
    throw new WorkbookReadError(`找不到文件 ${path}：请检查路径和文件名（如 城关镇.xlsx）`, {
      cause: { code: 'NOT_FOUND' },
    });
  const bytes = await readFile(path);
  const sniffed = sniffFormat(bytes, path);
  if (sniffed.format === 'refused')
    throw new WorkbookReadError(`无法读取 ${basename(path)}：${sniffed.reason}`, {
      cause: { code: 'NOT_SPREADSHEET' },
    });
  let read: Awaited<ReturnType<typeof sheetsOf>>;
  try {
    read = await sheetsOf(path, bytes, sniffed.format);
  } catch (error) {
    throw damaged(path, sniffed.format, error);
  }
  const workbook = parseLedgerSheets(read.sheets, sniffed.format);
  return read.encoding ? { ...workbook, encoding: read.encoding } : workbook;
}
