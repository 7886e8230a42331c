// Turns what exceljs reads from a cell into a JSON-safe value the validators accept.
import type { CellValue as ExcelCellValue } from 'exceljs';
import { formulaCell } from './formula-cell';

/** A cell as the ledger layer passes it on: JSON-safe, no Dates, no objects. */
export type PlainCell = string | number | boolean | null;

/**
 * The civil date (`YYYY-MM-DD`) of an Excel date cell. exceljs encodes Excel's time-zone-less serial
 * as a UTC instant (a date cell is UTC midnight), so the calendar day is read from the UTC fields:
 * for date-only cells this is exactly what `civilDateInCounty` gives, and a cell that also carries a
 * time of day (2024-03-01 20:00) keeps its own day instead of moving to the next one.
 */
export function excelDateToCivil(date: Date): string {
  if (Number.isNaN(date.getTime())) return '无效日期';
  return date.toISOString().slice(0, 10);
}

const textOfRich = (rich: readonly { text?: unknown }[]): string =>
  rich.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');

/**
 * Rich text → its text; hyperlinks → their shown text; formulas → `=` and their text (or the error code
 * they give, `#DIV/0!`), never their cached result; errors → their code (`#N/A`); Dates → civil dates;
 * numbers, also huge ones typed into an ID column, pass on unchanged so the validators can explain.
 */
export function toPlainCell(value: ExcelCellValue | unknown): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return excelDateToCivil(value);
  if (typeof value !== 'object') return String(value);
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.richText)) return toPlainCell(textOfRich(object.richText));
  if ('formula' in object || 'sharedFormula' in object || 'result' in object) {
    const result = object.result as { error?: unknown } | undefined;
    if (result && typeof result === 'object' && typeof result.error === 'string') return result.error;
    if (typeof object.formula === 'string') return formulaCell(object.formula);
    return formulaCell(
      typeof object.sharedFormula === 'string' ? `（与 ${object.sharedFormula} 相同的公式）` : '',
    );
  }
  if ('hyperlink' in object || 'text' in object) return toPlainCell(object.text);
  if (typeof object.error === 'string') return object.error;
  return null;
}
