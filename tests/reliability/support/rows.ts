// Valid member rows in bulk (each with its own ID number), and a few hand-made bad ones.
import { memberCells } from '../../../scripts/bench/ingest-throughput';

export interface PushRow {
  key: string;
  revision: number;
  row: number;
  cells: Record<string, unknown>;
}

/** `count` member rows from row number `first` on; `offset` keeps ID numbers apart between calls. */
export function memberRows(count: number, offset = 0, prefix = 'm'): PushRow[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `${prefix}${offset + i}`,
    revision: 1,
    row: i + 2,
    cells: memberCells(offset + i),
  }));
}

export function requestBody(township: string, ledger: string, rows: readonly PushRow[], county = '示范县') {
  return { spreadsheetId: `sheet-${township}`, county, township, ledger, rows };
}
