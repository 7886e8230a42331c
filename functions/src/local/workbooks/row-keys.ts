// Stable row keys for workbooks without a 行键 column: a hash of the row's natural key, or of its content.
import { createHash } from 'node:crypto';
import type { CellValue } from '../../core/cells/cell-value';
import { cleanText, isBlankCell } from '../../core/cells/normalize-text';
import { parseChoiceCell, parseYesNoCell } from '../../core/cells/parse-choice-cell';
import { parseAmountCell } from '../../core/cells/parse-number-cell';
import { ROW_KEY } from '../../core/contract';
import { parseDateCell } from '../../core/dates/parse-date-cell';
import { normalizeIdNumber } from '../../core/id-number';
import type { FieldDef, LedgerDef } from '../../core/ledgers';
import type { RowKeySource } from './ledger-workbook';

export const NATURAL_KEY_PREFIX = 'n-';
export const CONTENT_KEY_PREFIX = 'r-';

/** 15 or 18 characters as an ID number has them (check digit and dates not checked: that is validation's job). */
const ID_SHAPE = /^(\d{15}|\d{17}[\dX])$/;

/** The comparable form of a natural-key cell, or null when it is empty or cannot be read. */
export function naturalPart(field: FieldDef, value: CellValue): string | null {
  if (isBlankCell(value)) return null;
  switch (field.kind) {
    case 'idNumber': {
      const id = normalizeIdNumber(value);
      return ID_SHAPE.test(id) ? id : null;
    }
    case 'date': {
      const date = parseDateCell(value);
      return date.ok ? date.value : null;
    }
    case 'choice': {
      const choice = parseChoiceCell(value, field.options);
      return choice.ok ? choice.value : null;
    }
    case 'yesNo': {
      const yesNo = parseYesNoCell(value);
      return yesNo.ok && yesNo.value !== null ? String(yesNo.value) : null;
    }
    case 'count':
    case 'amount':
    case 'year': {
      const number = parseAmountCell(value);
      return number.ok && number.value !== null ? String(number.value) : null;
    }
    default:
      return cleanText(String(value)) || null;
  }
}

const hash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64url');

/** Comparable form of any cell for the content hash: cleaned text, numbers and booleans as they are. */
const contentPart = (value: CellValue): string | number | boolean | null => {
  if (isBlankCell(value)) return null;
  if (typeof value === 'string') return cleanText(value);
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
};

/** The key a row would get from its cells alone (by field key), and how it was derived. */
export function deriveRowKey(
  ledger: LedgerDef,
  cells: Readonly<Record<string, CellValue>>,
): { key: string; source: Exclude<RowKeySource, 'column'> } {
  const fields = ledger.naturalKey.map((key) => ledger.fields.find((f) => f.key === key)!);
  const parts = fields.map((field) => naturalPart(field, cells[field.key]));
  if (parts.length && parts.every((part) => part !== null)) {
    return { key: NATURAL_KEY_PREFIX + hash(JSON.stringify([ledger.id, ...parts])), source: 'natural' };
  }
  const content = ledger.fields.map((field) => contentPart(cells[field.key]));
  return { key: CONTENT_KEY_PREFIX + hash(JSON.stringify([ledger.id, ...content])), source: 'content' };
}

/** A key from the sheet's 行键 column, when it is one our clients could have written. */
export function columnKey(raw: CellValue): string | null {
  if (isBlankCell(raw) || raw instanceof Date) return null;
  const key = cleanText(String(raw));
  return ROW_KEY.test(key) ? key : null;
}

const MAX_KEY_LENGTH = 100;

/** Makes keys unique in file order: the second `k` becomes `k.2`, the third `k.3`. */
export function uniqueKeys(keys: readonly string[]): string[] {
  const used = new Set<string>();
  const repeats = new Map<string, number>();
  return keys.map((key) => {
    let candidate = key;
    while (used.has(candidate)) {
      const next = (repeats.get(key) ?? 1) + 1;
      repeats.set(key, next);
      const suffix = `.${next}`;
      candidate = key.slice(0, MAX_KEY_LENGTH - suffix.length) + suffix;
    }
    used.add(candidate);
    return candidate;
  });
}
