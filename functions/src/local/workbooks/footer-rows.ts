// Recognises rows that are not ledger rows although they sit below the header: 合计/小计 and the form's footer.
import { cleanText, toHalfWidth } from '../../core/cells/normalize-text';
import type { PlainCell } from './plain-cell';

/** A cell that opens a total row: 合计, 小计, 总计, 共计 (also `合 计`, `合计：`). */
const TOTAL = /^(合计|小计|总计|共计|累计)(:|$|\d|人|户|个)/;
/** A cell of the form's footer: 填表人：…, 审核人：…, 制表日期：…, (单位盖章). */
const FOOTER =
  /(填表人|填报人|制表人|审核人|审批人|负责人|经办人|统计人|填表日期|填报日期|制表日期|盖章|签字)/;

const texts = (row: readonly PlainCell[]): string[] =>
  row
    .filter((c): c is string => typeof c === 'string')
    .map((c) => toHalfWidth(cleanText(c)).replace(/\s+/g, ''));

export type FooterKind = 'total' | 'footer';

/**
 * Whether a row is a total or a footer: a total row has 合计/小计… in one of its cells; a footer row names
 * who filled in or checked the form (填表人：张三 审核人：…), usually in one merged cell.
 */
export function footerKind(row: readonly PlainCell[]): FooterKind | null {
  const cells = texts(row);
  if (cells.some((t) => TOTAL.test(t))) return 'total';
  const distinct = new Set(cells);
  if (distinct.size <= 3 && cells.some((t) => FOOTER.test(t) && (t.includes(':') || t.length <= 6)))
    return 'footer';
  return null;
}
