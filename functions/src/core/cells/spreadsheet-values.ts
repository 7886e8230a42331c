// Cells that hold no value of their own: a spreadsheet error (#N/A, #DIV/0!…) or a formula (=B2&C2).
import { cleanText, shorten } from './normalize-text';

/** Excel, WPS, LibreOffice and Google Sheets error values. */
const ERROR_VALUE =
  /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|ERROR!?)$/i;

/** A formula as the workbook readers pass it on (`=TODAY()`), or as pasted text starting with `=` and a letter or bracket. */
const FORMULA = /^=[\p{L}(（$'"\d-]/u;

/**
 * Why such a cell cannot be read, in Chinese with what to do; null for an ordinary cell. Checked before any
 * column's own parser, so a date, a count or a name column all say the same thing.
 */
export function spreadsheetValueProblem(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = cleanText(value);
  if (ERROR_VALUE.test(text))
    return `单元格是错误值 ${text.toUpperCase()}（公式出错或引用丢失），不是内容：请改为实际内容后保存`;
  if (FORMULA.test(text))
    return `单元格是公式「${shorten(text, 30)}」：台账须填写内容本身，公式及其结果都不读取。请复制该列，用“选择性粘贴→数值”粘贴回原处后保存`;
  return null;
}
