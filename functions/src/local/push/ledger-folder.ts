// Reads a folder of ledger workbooks: one per township (named after it) and the county's (乡镇设置, 定性考评).
// Every file in it is accounted for: read (in which format) or refused, with the reason.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { type FileFormat, type LedgerWorkbook, readLedgerWorkbook } from '../workbooks';

export interface TownshipWorkbook {
  township: string;
  file: string;
  workbook: LedgerWorkbook;
}

/** One file of the folder and what became of it. */
export interface FolderFile {
  /** The file's name in the folder. */
  name: string;
  file: string;
  /** What the file was, found by its content; null when it could not be read. */
  format: FileFormat | null;
  /** A CSV file's encoding (`utf-8`, `gb18030`). */
  encoding: string | null;
  status: 'read' | 'refused';
  role: 'county' | 'township' | null;
  /** The township a township workbook is for (its file name). */
  township: string | null;
  /** Ledger rows read from it. */
  rows: number;
  /** Why the file was refused (Chinese, with what to do); null when read. */
  reason: string | null;
}

export interface LedgerFolder {
  county: { file: string; workbook: LedgerWorkbook } | null;
  townships: TownshipWorkbook[];
  /** Files that were not used, and why (Chinese). */
  skipped: { file: string; reason: string }[];
  /** Every file of the folder, in name order. */
  files: FolderFile[];
}

export class LedgerFolderError extends Error {
  override name = 'LedgerFolderError';
}

/** Files nobody put there to be read: hidden files (.DS_Store) and Office's lock files (~$城关镇.xlsx). */
const isNoise = (name: string) => name.startsWith('.') || name.startsWith('~$') || name === 'Thumbs.db';

async function filesOf(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new LedgerFolderError(`读不到台账文件夹 ${dir}：请确认路径正确`);
  }
  const files: string[] = [];
  for (const name of names) {
    if (isNoise(name)) continue;
    if ((await stat(join(dir, name))).isFile()) files.push(name);
  }
  return files.sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

const rowsOf = (workbook: LedgerWorkbook) => workbook.tabs.reduce((n, t) => n + t.rows.length, 0);

export async function readLedgerFolder(dir: string, onFile?: (file: string) => void): Promise<LedgerFolder> {
  const folder: LedgerFolder = { county: null, townships: [], skipped: [], files: [] };
  const refuse = (entry: FolderFile, reason: string) => {
    entry.status = 'refused';
    entry.reason = reason;
    folder.skipped.push({ file: entry.file, reason });
  };
  for (const name of await filesOf(dir)) {
    const file = join(dir, name);
    onFile?.(file);
    const entry: FolderFile = {
      name,
      file,
      format: null,
      encoding: null,
      status: 'read',
      role: null,
      township: null,
      rows: 0,
      reason: null,
    };
    folder.files.push(entry);
    let workbook: LedgerWorkbook;
    try {
      workbook = await readLedgerWorkbook(file);
    } catch (error) {
      refuse(entry, (error as Error).message.replace(/^无法读取 [^：]*：/, ''));
      continue;
    }
    entry.format = workbook.format;
    entry.encoding = workbook.encoding ?? null;
    entry.rows = rowsOf(workbook);
    if (workbook.kind === 'county') {
      if (folder.county)
        throw new LedgerFolderError(
          `有两个县级表格（含乡镇设置/定性考评）：${basename(folder.county.file)} 和 ${name}，请只保留一个`,
        );
      entry.role = 'county';
      folder.county = { file, workbook };
    } else if (workbook.kind === 'township') {
      const township = basename(name, extname(name)).trim();
      const twin = folder.townships.find((t) => t.township === township);
      if (twin) {
        refuse(
          entry,
          `与 ${basename(twin.file)} 是同一乡镇「${township}」的台账，只读取了前者：请只保留一个`,
        );
        continue;
      }
      entry.role = 'township';
      entry.township = township;
      folder.townships.push({ township, file, workbook });
    } else if (workbook.tabs.length) {
      refuse(entry, '同一文件里既有县级表又有乡镇台账：请把县级表（乡镇设置等）与乡镇台账分成两个文件');
    } else {
      refuse(
        entry,
        `没有找到任何台账：工作表的表头与模板不一致（可用 shuangpei template 生成模板，对照表头）`,
      );
    }
  }
  if (!folder.county)
    throw new LedgerFolderError(
      `${dir} 中没有县级表格：需要一个含「乡镇设置」的工作簿（可用 shuangpei template 生成）`,
    );
  return folder;
}
