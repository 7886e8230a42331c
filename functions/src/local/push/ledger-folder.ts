// Reads a folder of ledger workbooks: one per township (named after it) and the county's (乡镇设置, 定性考评).
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { type LedgerWorkbook, readLedgerWorkbook } from '../workbooks';

export interface TownshipWorkbook {
  township: string;
  file: string;
  workbook: LedgerWorkbook;
}

export interface LedgerFolder {
  county: { file: string; workbook: LedgerWorkbook } | null;
  townships: TownshipWorkbook[];
  /** Files that were not used, and why (Chinese). */
  skipped: { file: string; reason: string }[];
}

export class LedgerFolderError extends Error {
  override name = 'LedgerFolderError';
}

const isWorkbook = (name: string) =>
  extname(name).toLowerCase() === '.xlsx' && !name.startsWith('~$') && !name.startsWith('.');

export async function readLedgerFolder(dir: string, onFile?: (file: string) => void): Promise<LedgerFolder> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isWorkbook).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  } catch {
    throw new LedgerFolderError(`读不到台账文件夹 ${dir}：请确认路径正确`);
  }
  const folder: LedgerFolder = { county: null, townships: [], skipped: [] };
  for (const name of names) {
    const file = join(dir, name);
    onFile?.(file);
    let workbook: LedgerWorkbook;
    try {
      workbook = await readLedgerWorkbook(file);
    } catch (error) {
      folder.skipped.push({ file, reason: `无法读取：${(error as Error).message}` });
      continue;
    }
    if (workbook.kind === 'county') {
      if (folder.county)
        throw new LedgerFolderError(
          `有两个县级表格（含乡镇设置/定性考评）：${basename(folder.county.file)} 和 ${name}，请只保留一个`,
        );
      folder.county = { file, workbook };
    } else if (workbook.kind === 'township') {
      folder.townships.push({ township: basename(name, extname(name)).trim(), file, workbook });
    } else {
      folder.skipped.push({ file, reason: '没有找到任何台账（表头与模板不一致？）' });
    }
  }
  if (!folder.county)
    throw new LedgerFolderError(
      `${dir} 中没有县级表格：需要一个含「乡镇设置」的工作簿（可用 shuangpei template 生成）`,
    );
  return folder;
}
