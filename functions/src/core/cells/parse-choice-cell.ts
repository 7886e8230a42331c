// Reads yes/no cells and dropdown (enumeration) cells, tolerating the ways people type them.
import { type CellResult, type CellValue, cellError, cellOk } from './cell-value';
import { compactText, isBlankCell, shorten } from './normalize-text';

const YES = new Set(['是', '√', '✓', '✔', 'y', 'yes', 'true', '1', '有', '对']);
const NO = new Set(['否', '×', '✗', '✘', 'x', 'n', 'no', 'false', '0', '无', '不是']);

/** `是/否`, `√/×`, `Y/N`, true/false, 1/0. */
export function parseYesNoCell(value: CellValue): CellResult<boolean> {
  if (isBlankCell(value)) return cellOk(null);
  if (typeof value === 'boolean') return cellOk(value);
  const key = compactText(String(value)).toLowerCase();
  if (YES.has(key)) return cellOk(true);
  if (NO.has(key)) return cellOk(false);
  return cellError(`「${shorten(String(value))}」无法识别，请填写“是”或“否”`);
}

const comparable = (text: string): string => compactText(text).toLowerCase();

/**
 * One of the allowed options; full-width forms and spaces are forgiven (`2＋1 ` → `2+1`), and `canonical`
 * maps other accepted names onto an option (`大学本科` → `本科`).
 */
export function parseChoiceCell<T extends string>(
  value: CellValue,
  options: readonly T[],
  canonical?: (typed: string) => string | null,
): CellResult<T> {
  if (isBlankCell(value)) return cellOk(null);
  if (typeof value === 'boolean' || value instanceof Date) return cellError(listOptions(options));
  const key = comparable(String(value));
  const named = canonical?.(compactText(String(value)));
  const match = options.find((option) => comparable(option) === key || option === named);
  return match
    ? cellOk(match)
    : cellError(`「${shorten(String(value))}」不是可选项，${listOptions(options)}`);
}

const listOptions = (options: readonly string[]): string => `请从下拉列表中选择：${options.join('、')}`;
