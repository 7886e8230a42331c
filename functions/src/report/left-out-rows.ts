// The rows a township's figures left out for their errors, for its own tab: where each is, why, and which
// parts of the assessment it is missing from (issue 14, defect 9). ID numbers are masked in the messages.
import type { TownshipResult } from '../core/assessment';
import type { SummaryRow } from '../summary';
import { tabOf } from './labels';

interface LeftOutLine {
  where: string;
  message: string;
  parts: string[];
}

/** One line per row and message, naming the parts it is left out of; none when nothing was left out. */
export function leftOutRows(t: TownshipResult): SummaryRow[] {
  const lines = new Map<string, LeftOutLine>();
  for (const indicator of t.indicators) {
    for (const part of indicator.parts) {
      for (const l of part.leftOut) {
        const id = `${l.row}|${l.message}`;
        const where = `「${tabOf(l.row.split('/')[0]!)}」${l.sheetRow ? `第${l.sheetRow}行` : ''}`;
        const line = lines.get(id) ?? { where, message: l.message, parts: [] };
        if (!line.parts.includes(part.label)) line.parts.push(part.label);
        lines.set(id, line);
      }
    }
  }
  if (!lines.size) return [];
  return [
    { cells: [] },
    { bold: true, cells: ['因错误未计入的行', '未计入项数', '原因及未计入的考评项目'] },
    ...[...lines.values()].map((l) => ({
      tone: 'warning' as const,
      cells: [l.where, l.parts.length, `${l.message}（未计入：${l.parts.join('、')}）`],
    })),
  ];
}
