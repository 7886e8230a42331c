// Writes the 通报 and the 工作总结 of one snapshot into a folder as .docx files.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { assessmentNotice } from './assessment-notice';
import type { NoticeSettings } from './notice-settings';
import { renderDocx } from './render-docx';
import type { ReportSnapshot } from './report-snapshot';
import { workSummary } from './work-summary';

export interface WrittenDocuments {
  notice: string;
  summary: string;
  /** Whether the ranking was provisional, so the 通报 is a draft without 表彰 or 通报批评. */
  draft: boolean;
}

export const noticeFileName = (year: number) => `考评结果通报-${year}.docx`;
export const summaryFileName = (year: number) => `双培双带工作总结-${year}.docx`;

export async function writeDocuments(
  snapshot: ReportSnapshot,
  options: { out: string; settings: NoticeSettings; previousYear: boolean },
): Promise<WrittenDocuments> {
  const out = resolve(options.out);
  await mkdir(out, { recursive: true });
  const noticeDoc = assessmentNotice(snapshot, options.settings);
  const notice = join(out, noticeFileName(snapshot.year));
  const summary = join(out, summaryFileName(snapshot.year));
  await writeFile(notice, await renderDocx(noticeDoc));
  await writeFile(summary, await renderDocx(workSummary(snapshot, options.previousYear)));
  return { notice, summary, draft: noticeDoc.draftNotice !== null };
}
