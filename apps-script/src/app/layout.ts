// Where a ledger tab keeps its columns: hidden key and revision, each field present, and the status column.
import {
  type AnyLedger,
  type FieldKind,
  ROW_KEY_HEADER,
  ROW_REVISION_HEADER,
  SYNC_STATUS_HEADER,
} from '../../../functions/src/core/ledgers';
import { mapHeaders, normalizeHeader } from '../../../functions/src/core/validation/header-map';
import type { Checked } from './config';

export interface FieldColumn {
  /** The header as the ledger defines it (and as the server names it in messages). */
  header: string;
  kind: FieldKind;
  /** 1-based column in the sheet. */
  column: number;
}

export interface TabLayout {
  /** The header row as text, trailing blanks dropped: sent with every request. */
  headers: string[];
  keyColumn: number;
  revisionColumn: number;
  statusColumn: number;
  /** The ledger's fields found in the header row (the first column of a repeated header). */
  fields: FieldColumn[];
  /** Columns to read: up to the last one the layout uses. */
  width: number;
}

export function layoutOf(ledger: AnyLedger, headerRow: readonly unknown[]): Checked<TabLayout> {
  const headers = headerRow.map((h) => (h === null || h === undefined ? '' : String(h).trim()));
  while (headers.length && !headers[headers.length - 1]) headers.pop();
  // The server's own header mapping finds the fields and the key column; the other two columns are ours alone.
  const map = mapHeaders(ledger, headers);
  const columnOf = (header: string) => {
    const index = headers.findIndex((h) => normalizeHeader(h) === header);
    return index < 0 ? undefined : index + 1;
  };
  const special: [string, number | undefined][] = [
    [ROW_KEY_HEADER, map.rowKeyColumn === null ? undefined : map.rowKeyColumn + 1],
    [ROW_REVISION_HEADER, columnOf(ROW_REVISION_HEADER)],
    [SYNC_STATUS_HEADER, columnOf(SYNC_STATUS_HEADER)],
  ];
  const missing = special.filter(([, column]) => column === undefined).map(([header]) => header);
  if (missing.length) {
    return {
      ok: false,
      message: `「${ledger.tab}」第1行缺少「${missing.join('」「')}」列：请使用「初始化台账」建立的表格，不要删除或改动这些列`,
    };
  }
  const fields: FieldColumn[] = [];
  for (const field of ledger.fields) {
    const index = map.columnOf.get(field.key);
    if (index !== undefined) fields.push({ header: field.header, kind: field.kind, column: index + 1 });
  }
  const [keyColumn, revisionColumn, statusColumn] = special.map(([, column]) => column!) as [
    number,
    number,
    number,
  ];
  const width = Math.max(keyColumn, revisionColumn, statusColumn, ...fields.map((f) => f.column));
  return { ok: true, value: { headers, keyColumn, revisionColumn, statusColumn, fields, width } };
}

/** The field a column holds, by the server's canonical header (messages name it). */
export const fieldByHeader = (layout: TabLayout, header: string): FieldColumn | undefined =>
  layout.fields.find((f) => normalizeHeader(f.header) === normalizeHeader(header));

/** Columns painted with results: from the first field (or status) column to the last. */
export function paintedColumns(layout: TabLayout): { first: number; count: number } {
  const columns = [...layout.fields.map((f) => f.column), layout.statusColumn];
  const first = Math.min(...columns);
  return { first, count: Math.max(...columns) - first + 1 };
}
