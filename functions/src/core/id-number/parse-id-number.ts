// Normalises and checks a 居民身份证号码 (GB 11643) and derives birth date and sex from it.
import type { CellValue } from '../cells/cell-value';
import { toHalfWidth } from '../cells/normalize-text';
import { ageOn, type CivilDate, makeCivilDate } from '../dates/civil-date';
import { computeCheckDigit } from './check-digit';

export type Sex = '男' | '女';

export interface IdNumberFacts {
  /** The 18-character number, upper-case X. */
  idNumber: string;
  birthDate: CivilDate;
  sex: Sex;
}

export type IdNumberResult = ({ ok: true } & IdNumberFacts) | { ok: false; message: string };

// First two digits: provinces and regions in GB/T 2260, plus 71/81/82/83 (Taiwan, Hong Kong, Macau residents).
const REGIONS = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);

/** Full-width digits and X become half-width, `x` becomes `X`, spaces and dashes go. */
export function normalizeIdNumber(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? value.toFixed(0) : String(value);
  return toHalfWidth(text)
    .replace(/[\s\u00a0\u200b'-]/g, '')
    .toUpperCase();
}

/** Upgrades a first-generation 15-digit number (born 19xx) to 18 characters. */
export function upgradeIdNumber15(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + computeCheckDigit(first17);
}

/** Checks an ID number; `today` bounds the birth date. Messages are Chinese, without the column name. */
export function parseIdNumber(value: CellValue, today: CivilDate): IdNumberResult {
  let id = normalizeIdNumber(value);
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    return { ok: false, message: '以数字形式保存时后几位已丢失，请把单元格设为文本后重新输入' };
  }
  if (/^\d{15}$/.test(id)) id = upgradeIdNumber15(id);
  if (id.length !== 18) return { ok: false, message: `应为18位，现有${[...id].length}位，请核对` };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, message: '只能包含数字，最后一位可以是X，请核对' };
  if (!REGIONS.has(Number(id.slice(0, 2)))) {
    return { ok: false, message: `前两位 ${id.slice(0, 2)} 不是有效的省级行政区划代码，请核对` };
  }
  const birthDate = makeCivilDate(
    Number(id.slice(6, 10)),
    Number(id.slice(10, 12)),
    Number(id.slice(12, 14)),
  );
  if (!birthDate) return { ok: false, message: `第7–14位出生日期 ${id.slice(6, 14)} 不是有效日期，请核对` };
  if (birthDate > today) return { ok: false, message: `出生日期 ${birthDate} 晚于今天，请核对` };
  if (ageOn(birthDate, today) > 120) return { ok: false, message: `出生日期 ${birthDate} 不合理，请核对` };
  const expected = computeCheckDigit(id.slice(0, 17));
  if (expected !== id[17]) return { ok: false, message: `校验位应为 ${expected}，请核对` };
  return { ok: true, idNumber: id, birthDate, sex: Number(id[16]) % 2 === 1 ? '男' : '女' };
}

/** Birth date, sex and age of a valid 18-character number on the given day. */
export function deriveIdNumberFacts(idNumber: string, on: CivilDate): IdNumberFacts & { age: number } {
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  return {
    idNumber,
    birthDate,
    sex: Number(idNumber[16]) % 2 === 1 ? '男' : '女',
    age: ageOn(birthDate, on),
  };
}
