// Reads counts (`12人`, `１２`, `1,200`) and amounts (`35.5万元`) typed into number cells.
import { type CellResult, type CellValue, cellError, cellOk } from './cell-value';
import { compactText, isBlankCell, shorten } from './normalize-text';

const UNIT_SUFFIX = /(人次|人|户|个|期|次|学时|课时|小时|天|万元|元|亩|名)$/;
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function readNumber(value: CellValue): CellResult<number> {
  if (isBlankCell(value)) return cellOk(null);
  if (typeof value === 'number') {
    return Number.isFinite(value) ? cellOk(value) : cellError('不是有效数字，请填写数字');
  }
  if (typeof value === 'boolean' || value instanceof Date) return cellError('应填写数字');
  if (typeof value !== 'string') return cellError('应填写数字');
  const text = compactText(value).replace(/[,，]/g, '').replace(UNIT_SUFFIX, '');
  if (!NUMBER_TEXT.test(text)) return cellError(`「${shorten(value)}」不是数字，请只填写数字`);
  return cellOk(Number(text));
}

/** A whole number ≥ 0, as counts of people, households or classes are. */
export function parseCountCell(value: CellValue, max = 1_000_000): CellResult<number> {
  const result = readNumber(value);
  if (!result.ok || result.value === null) return result;
  if (result.value < 0) return cellError('不能为负数，请填写 0 或正整数');
  if (!Number.isInteger(result.value)) return cellError(`应为整数，「${result.value}」带有小数`);
  if (result.value > max) return cellError(`数值 ${result.value} 过大（最多 ${max}），请核对`);
  return result;
}

/** A number ≥ 0 that may have decimals, such as hours or 年产值(万元). */
export function parseAmountCell(value: CellValue, max = 1_000_000_000): CellResult<number> {
  const result = readNumber(value);
  if (!result.ok || result.value === null) return result;
  if (result.value < 0) return cellError('不能为负数');
  if (result.value > max) return cellError(`数值 ${result.value} 过大（最多 ${max}），请核对`);
  return cellOk(Math.round(result.value * 100) / 100);
}
