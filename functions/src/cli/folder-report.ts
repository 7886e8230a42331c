// What `run` says about the folder it read: every file (read in which format, or refused and why), and every
// township of 乡镇设置 that has no readable ledger (未提交 / 无法读取), which is left out of the ranking.
import type { AssessmentResult } from '../core/assessment';
import type { FolderFile, LedgerFolder } from '../local/push/ledger-folder';
import { FORMAT_LABELS } from '../local/workbooks';

const ENCODING_LABELS: Record<string, string> = { 'utf-8': 'UTF-8', gb18030: 'GBK/GB18030' };

/** The format as a clerk names it: `Excel 97-2003 / WPS 表格 (.xls/.et)`, `CSV 文本（GBK/GB18030）`. */
export function formatLabel(file: FolderFile): string {
  if (!file.format) return '—';
  const label = FORMAT_LABELS[file.format];
  return file.encoding ? `${label}（${ENCODING_LABELS[file.encoding] ?? file.encoding}）` : label;
}

/** What became of the file, in a word or two. */
export function fileOutcome(file: FolderFile): string {
  if (file.status === 'refused') return '未读取';
  return file.role === 'county' ? '已读取（县级表格）' : `已读取（${file.township}）`;
}

export type TownshipStatus = 'notSubmitted' | 'unreadable';
export const TOWNSHIP_STATUS_LABELS: Record<TownshipStatus, string> = {
  notSubmitted: '未提交',
  unreadable: '无法读取',
};

export interface MissingTownship {
  township: string;
  status: TownshipStatus;
  /** The refused file that was meant for it, with the reason. */
  file: string | null;
  reason: string;
}

const stem = (name: string) => name.replace(/\.[^.]*$/, '').trim();

/** The townships of 乡镇设置 without a single row: their file was refused (无法读取), or there is none (未提交). */
export function missingTownships(result: AssessmentResult, folder: LedgerFolder): MissingTownship[] {
  return result.notSubmitted.map((township) => {
    const refused = folder.files.find((f) => f.status === 'refused' && stem(f.name) === township);
    if (refused) return { township, status: 'unreadable', file: refused.name, reason: refused.reason ?? '' };
    const empty = folder.townships.find((t) => t.township === township);
    return {
      township,
      status: 'notSubmitted',
      file: empty ? (empty.file.split(/[\\/]/).pop() ?? null) : null,
      reason: empty
        ? '台账中没有任何数据行'
        : `文件夹中没有「${township}」的台账（应为 ${township}.xlsx 等）`,
    };
  });
}

/** `files` of the `--json` document: every file of the folder. */
export const filesJson = (folder: LedgerFolder) =>
  folder.files.map(({ file: _path, ...f }) => ({ ...f, formatLabel: formatLabel({ file: _path, ...f }) }));
