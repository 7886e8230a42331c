// Maps a sheet's real header row onto a ledger's fields: any order, extra columns ignored, gaps reported once.
import { cleanText, toHalfWidth } from '../cells/normalize-text';
import type { LedgerDef } from '../ledgers/define-ledger';
import type { FieldDef } from '../ledgers/field';
import { ROW_KEY_HEADER, ROW_REVISION_HEADER, SYNC_STATUS_HEADER } from '../ledgers/special-columns';

/** Required-column marks clerks put before or after a header (`*姓名`, `姓名＊`, `※姓名`, `姓名(必填)`). */
const MARKS = /^[*※★☆]+|[*※★☆]+$|\((必填|选填|必填项)\)$|:$/g;

/** Header text as compared: half-width, no spaces, no required-marks (`*`, `＊`, `※`, `(必填)`), no `：`. */
export const normalizeHeader = (header: unknown): string =>
  toHalfWidth(cleanText(String(header ?? '')))
    .replace(/\s+/g, '')
    .replace(MARKS, '')
    .replace(MARKS, '');

export interface HeaderMap {
  /** Column index (0-based) of each field present in the sheet. */
  columnOf: Map<string, number>;
  rowKeyColumn: number | null;
  missingRequired: FieldDef[];
  missingOptional: FieldDef[];
  unknownHeaders: string[];
  /** Headers that appear twice; the first one is used. */
  duplicatedHeaders: string[];
}

export function mapHeaders(ledger: LedgerDef, headerRow: readonly unknown[]): HeaderMap {
  const fieldByHeader = new Map<string, FieldDef>();
  for (const f of ledger.fields)
    for (const name of [f.header, ...(f.aliases ?? [])]) {
      const key = normalizeHeader(name);
      if (!fieldByHeader.has(key)) fieldByHeader.set(key, f);
    }
  const columnOf = new Map<string, number>();
  const unknownHeaders: string[] = [];
  const duplicatedHeaders: string[] = [];
  let rowKeyColumn: number | null = null;
  headerRow.forEach((cell, index) => {
    const header = normalizeHeader(cell);
    if (!header || header === SYNC_STATUS_HEADER || header === ROW_REVISION_HEADER) return;
    if (header === ROW_KEY_HEADER) {
      rowKeyColumn ??= index;
      return;
    }
    const field = fieldByHeader.get(header);
    if (!field) unknownHeaders.push(header);
    else if (columnOf.has(field.key)) duplicatedHeaders.push(field.header);
    else columnOf.set(field.key, index);
  });
  const missing = ledger.fields.filter((f) => !columnOf.has(f.key));
  return {
    columnOf,
    rowKeyColumn,
    missingRequired: missing.filter((f) => f.required),
    missingOptional: missing.filter((f) => !f.required),
    unknownHeaders,
    duplicatedHeaders,
  };
}

/** The row read as the header: its 1-based number and its cells, named in a missing-column message. */
export interface HeaderRowAt {
  rowNumber: number;
  cells: readonly unknown[];
}

const heldText = (cells: readonly unknown[]): string => {
  const texts = cells.map((c) => cleanText(String(c ?? ''))).filter(Boolean);
  if (!texts.length) return '该行是空的';
  const shown = texts.slice(0, 8).join('、');
  return `该行为：${shown}${texts.length > 8 ? ' 等' : ''}`;
};

/**
 * Sheet-level problems, each said once: missing required columns block the sheet, the rest are hints. With
 * `at`, a missing column names the row taken as the header and what it held.
 */
export function headerIssues(
  ledger: LedgerDef,
  map: HeaderMap,
  at?: HeaderRowAt,
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (map.missingRequired.length) {
    const names = map.missingRequired.map((f) => f.header).join('、');
    errors.push(
      at
        ? `「${ledger.tab}」缺少必填列：${names}。已把第${at.rowNumber}行当作表头（${heldText(at.cells)}）；请在表头行补上这些列标题（文字与模板一致）后重新同步`
        : `「${ledger.tab}」缺少必填列：${names}。请在第1行补上这些列标题（文字须完全一致）后重新同步`,
    );
  }
  if (map.duplicatedHeaders.length) {
    warnings.push(`「${ledger.tab}」有重复的列：${map.duplicatedHeaders.join('、')}，只读取最左边的一列`);
  }
  return { errors, warnings };
}
