// Finds a ledger's header row among the first rows of a sheet (a merged title row may sit above it).
import type { AnyLedger } from '../../core/ledgers';
import { type HeaderMap, mapHeaders } from '../../core/validation';
import type { SheetGrid } from './sheet-grid';

/** Rows searched for the header. */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderMatch {
  /** 1-based row number. */
  rowNumber: number;
  map: HeaderMap;
  /** How many of the ledger's headers the row holds. */
  matched: number;
}

/** The row holding most of the ledger's headers (the first such row on a tie); row 1 when none matches. */
export function findHeaderRow(ledger: AnyLedger, grid: SheetGrid): HeaderMatch {
  let best: HeaderMatch = { rowNumber: 1, map: mapHeaders(ledger, grid[0] ?? []), matched: 0 };
  best.matched = best.map.columnOf.size;
  const last = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let index = 1; index < last; index++) {
    const map = mapHeaders(ledger, grid[index] ?? []);
    if (map.columnOf.size > best.matched) best = { rowNumber: index + 1, map, matched: map.columnOf.size };
  }
  return best;
}
