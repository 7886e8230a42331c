// Turns what Apps Script's getValues() hands over into JSON cell values the server reads.
import type { Cell } from './ports';

/** True for a Date from any realm (Apps Script's, or a test's vm context). */
export const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

/** Dates become `yyyy-MM-dd` in the spreadsheet's time zone; blanks become null. */
export function toCell(value: unknown, formatDay: (date: Date) => string): Cell {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : formatDay(value);
  return String(value);
}

/** A revision cell as a whole number ≥ 0 (anything else counts as 0). */
export function toRevision(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** A key cell as text, or null when empty. */
export function toKey(value: unknown): string | null {
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text ? text : null;
}

export const isBlank = (cell: Cell): boolean => cell === null || (typeof cell === 'string' && !cell.trim());
