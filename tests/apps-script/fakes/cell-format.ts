// How the fake sheet stores what a clerk types, and how it displays a stored value under a number format.
import { formatZoned, zonedMidnight } from './zoned-time';

export const isDateValue = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** What Sheets keeps when `input` is typed into a cell with `format`: '@' keeps text; numbers and dates parse. */
export function typedValue(input: unknown, format: string, timeZone: string): unknown {
  if (typeof input !== 'string' || format === '@') return input;
  const text = input.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (date) return zonedMidnight(Number(date[1]), Number(date[2]), Number(date[3]), timeZone);
  return input;
}

/** The text Sheets shows: dates by format (yyyy-mm-dd by default), huge numbers in scientific notation. */
export function displayText(value: unknown, format: string, timeZone: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (isDateValue(value)) {
    const pattern = format && format !== '@' && /y/.test(format) ? format : 'yyyy-mm-dd';
    return formatZoned(value, timeZone, pattern.replace(/mm/g, 'MM'));
  }
  if (typeof value === 'number') {
    if (Math.abs(value) >= 1e15) return value.toExponential(5).replace('e', 'E');
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
