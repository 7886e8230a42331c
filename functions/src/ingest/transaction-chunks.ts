// How many rows one transaction takes: Firestore's limits on writes and bytes per commit, with room to spare.
import type { ValidatedRow } from './chunk-types';

/** Rows per transaction: each row writes at most 3 documents (row, old claim, new claim), plus 1 audit entry. */
export const ROWS_PER_TRANSACTION = 160;
/**
 * Bytes per transaction, estimated: a commit must stay under Firestore's 10 MiB request limit (the emulator
 * stalls above 4 MiB). A row is stored with its raw cells and its record, so it counts twice.
 */
export const BYTES_PER_TRANSACTION = 2.5 * 1024 * 1024;

const estimatedBytes = (row: ValidatedRow): number => 2 * Buffer.byteLength(JSON.stringify(row.cells)) + 2048;

/** Consecutive chunks of at most ROWS_PER_TRANSACTION rows and (unless one row alone) BYTES_PER_TRANSACTION. */
export function transactionChunks(rows: readonly ValidatedRow[]): ValidatedRow[][] {
  const out: ValidatedRow[][] = [];
  let current: ValidatedRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = estimatedBytes(row);
    if (current.length && (current.length >= ROWS_PER_TRANSACTION || bytes + size > BYTES_PER_TRANSACTION)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}
