// A ledger row from field key → cell, keyed by the ledger's own headers (never retyped).
import type { LedgerDef } from '../../functions/src/core/ledgers';
import type { SampleCell, SampleRow } from './sample-county';

export function byHeader(ledger: LedgerDef, cells: Record<string, SampleCell | undefined>): SampleRow {
  const row: SampleRow = {};
  for (const field of ledger.fields) row[field.header] = cells[field.key] ?? null;
  return row;
}
