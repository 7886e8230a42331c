// Reads free-text cells: names, descriptions, phone numbers; refuses formulas and oversize text.
import { type CellResult, type CellValue, cellError, cellOk } from './cell-value';
import { cleanText, compactText, isBlankCell, shorten } from './normalize-text';

/** Text that would run as a formula if written back to a sheet. */
const FORMULA = /^[=+@]|^-[^\d]/;

export function parseTextCell(value: CellValue, maxLength: number): CellResult<string> {
  if (isBlankCell(value)) return cellOk(null);
  if (value instanceof Date) return cellError('应填写文字，不是日期');
  const text = cleanText(typeof value === 'number' ? String(value) : String(value));
  if (FORMULA.test(text)) return cellError(`「${shorten(text)}」像公式，请直接填写文字，不要以 = + - @ 开头`);
  const length = [...text].length;
  if (length > maxLength) return cellError(`内容过长（${length} 字），最多 ${maxLength} 字，请精简`);
  return cellOk(text);
}

// Han characters (incl. rare extensions), Latin letters and the middle dots used in minority names.
const PERSON_NAME = /^[\p{Script=Han}A-Za-z·•・．.]+( ?[\p{Script=Han}A-Za-z·•・．.]+)*$/u;

/** A person's name: 2–30 characters of Han script or Latin letters, with `·` allowed. */
export function parsePersonNameCell(value: CellValue): CellResult<string> {
  const result = parseTextCell(value, 30);
  if (!result.ok || result.value === null) return result;
  if (!PERSON_NAME.test(result.value))
    return cellError(`「${shorten(result.value)}」含有不能用于姓名的字符，请只填写姓名`);
  if ([...result.value].length < 2) return cellError('姓名至少两个字，请核对');
  return cellOk(result.value.replace(/[•・．.]/g, '·'));
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** A mainland mobile (11 digits) or landline (`0734-1234567`) number. */
export function parsePhoneCell(value: CellValue): CellResult<string> {
  if (isBlankCell(value)) return cellOk(null);
  const text = compactText(String(value)).replace(/^\+?86-?/, '');
  if (MOBILE.test(text) || LANDLINE.test(text)) return cellOk(text);
  return cellError(`「${shorten(String(value))}」不是有效电话号码，请填写11位手机号或带区号的固定电话`);
}
