// The 通报草稿 tab of the county spreadsheet: the drafted 通报's text, line by line, its ranking table in columns.
import type { SummaryRow, SummaryTab } from '../../summary';
import { assessmentNotice } from './assessment-notice';
import { inlineText } from './document-model';
import { noticeSettings } from './notice-settings';
import type { ReportSnapshot } from './report-snapshot';

export const NOTICE_TAB = '通报草稿';

/** 名次 乡镇 定量得分 定性考评得分 加分 扣分 总分 等次 奖惩 — long lines run on over the empty cells to the right. */
const WIDTHS = [8, 12, 10, 14, 8, 8, 10, 8, 10];

export function noticeTab(snapshot: ReportSnapshot, info: string): SummaryTab {
  const doc = assessmentNotice(snapshot, noticeSettings(snapshot));
  const rows: SummaryRow[] = doc.draftNotice
    ? [{ tone: 'warning', bold: true, cells: [doc.draftNotice] }]
    : [];
  for (const block of doc.blocks) {
    if (block.kind === 'title') continue; // the tab's title
    if (block.kind === 'table') {
      rows.push({ bold: true, cells: block.header }, ...block.rows.map((cells) => ({ cells })));
    } else if (block.kind === 'paragraph') rows.push({ cells: [inlineText(block.runs)] });
    else rows.push({ bold: block.kind === 'heading', cells: [block.text] });
  }
  return {
    name: NOTICE_TAB,
    title: doc.title,
    info,
    header: ['通报草稿（复制到公文中修改、核对后印发）', ...WIDTHS.slice(1).map(() => '')],
    columnWidths: WIDTHS,
    rows,
    notes: [
      '与 shuangpei report 写出的「考评结果通报」文件文字相同；每个数字都取自本次考评结果。',
      '发文机关、发文日期为默认值（中共某县委组织部、考评计算日），文号待填；生成文件时可用 --issuer、--issued-on 另行指定。',
    ],
  };
}
