// Reads a date the way clerks type it or Sheets/Excel deliver it, into a civil date.
import { type CellResult, type CellValue, cellError, cellOk } from '../cells/cell-value';
import { compactText, isBlankCell, shorten } from '../cells/normalize-text';
import { addDays, type CivilDate, civilDateInCounty, makeCivilDate } from './civil-date';

const HINT = '请按 2024-03-01 的格式填写';
const SERIAL_EPOCH = '1899-12-30'; // day 0 of Sheets and (after 1900-03-01) Excel serial numbers
const MAX_SERIAL = 109_574; // 2199-12-31
/** No ledger records anything before 1920: an earlier date is a typing slip (or a year read as a serial). */
export const EARLIEST_LEDGER_DATE = '1920-01-01';
const INCOMPLETE = '请填写完整日期（年月日），如 2024-03-01';
/** What Excel stores when a clerk types `2024` or `2024.3`: a number that is a year, or a year.month. */
const isYearOrYearMonth = (value: number) => value >= 1900 && value < 2101;

const PATTERNS: RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, // 2024-03-01, 2024/3/1, 2024.3.1
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/, // 2024年3月1日
  /^(\d{4})(\d{2})(\d{2})$/, // 20240301
];
const DATE_WITH_TIME = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

function fromParts(year: string, month: string, day: string): CellResult<CivilDate> {
  const date = makeCivilDate(Number(year), Number(month), Number(day));
  if (date) return cellOk(date);
  const y = Number(year);
  if (y < 1900 || y > 2199) return cellError(`年份 ${year} 不合理，${HINT}`);
  if (Number(month) < 1 || Number(month) > 12) return cellError(`没有 ${Number(month)} 月，${HINT}`);
  return cellError(`${y}年${Number(month)}月没有${Number(day)}日，请核对`);
}

function fromSerial(serial: number): CellResult<CivilDate> {
  const days = Math.floor(serial);
  if (days < 61 || days > MAX_SERIAL) return cellError(`数字 ${serial} 不是日期，${HINT}`);
  return cellOk(addDays(SERIAL_EPOCH, days));
}

function fromNumber(value: number): CellResult<CivilDate> {
  if (!Number.isFinite(value)) return cellError(`不是日期，${HINT}`);
  if (isYearOrYearMonth(value)) {
    const what = Number.isInteger(value) ? '只有年份' : '只有年月';
    return cellError(`「${value}」${what}，${INCOMPLETE}`);
  }
  if (Number.isInteger(value) && value >= 19_000_101 && value <= 21_991_231) {
    const text = String(value);
    return fromParts(text.slice(0, 4), text.slice(4, 6), text.slice(6, 8));
  }
  return fromSerial(value);
}

function fromText(raw: string): CellResult<CivilDate> {
  const text = compactText(raw).replace(/^'/, '');
  if (ISO_INSTANT.test(text)) {
    const instant = new Date(text);
    if (!Number.isNaN(instant.getTime())) return cellOk(civilDateInCounty(instant));
  }
  const withTime = DATE_WITH_TIME.exec(raw.trim().replace(/\s+/, ' '));
  const candidate = withTime?.[1] ?? text;
  for (const pattern of PATTERNS) {
    const match = pattern.exec(candidate);
    if (match) return fromParts(match[1]!, match[2]!, match[3]!);
  }
  if (/^\d{4}年\d{1,2}月$/.test(text) || /^\d{4}[-/.]\d{1,2}$/.test(text)) {
    return cellError(`「${shorten(raw)}」只有年月，${INCOMPLETE}`);
  }
  if (/^\d{4}年?$/.test(text)) return cellError(`「${shorten(raw)}」只有年份，${INCOMPLETE}`);
  return cellError(`「${shorten(raw)}」不是可识别的日期，${HINT}`);
}

/**
 * Parses a date cell: `2024-03-01`, `2024/3/1`, `2024.3.1`, `2024年3月1日`, `20240301`,
 * a Sheets/Excel serial number, a JS Date or an ISO instant (read in Asia/Shanghai). A year or year.month
 * alone (`2024`, `2024.3`, typed or as the number Excel stores) is an incomplete date, and a date before
 * 1920 is refused as implausible.
 */
export function parseDateCell(value: CellValue): CellResult<CivilDate> {
  const result = parseAnyDate(value);
  if (result.ok && result.value !== null && result.value < EARLIEST_LEDGER_DATE) {
    return cellError(`${result.value} 早于1920年，不是可能的台账日期，请核对后按 2024-03-01 的格式填写`);
  }
  return result;
}

function parseAnyDate(value: CellValue): CellResult<CivilDate> {
  if (isBlankCell(value)) return cellOk(null);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? cellError(`不是有效日期，${HINT}`)
      : cellOk(civilDateInCounty(value));
  }
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value === 'string') return fromText(value);
  return cellError(`不是日期，${HINT}`);
}
