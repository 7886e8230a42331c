// Plans tombstones for stored rows no longer in the sheet; their person claims are released.
import type { ChunkPlan } from './chunk-types';
import { fingerprintOf } from './fingerprint';
import type { PersonDoc, StoredRow } from './stored-row';

export function planTombstones(
  rows: readonly StoredRow[],
  persons: ReadonlyMap<string, PersonDoc>,
): Pick<ChunkPlan, 'rowWrites' | 'personWrites' | 'audit'> {
  const plan: Pick<ChunkPlan, 'rowWrites' | 'personWrites' | 'audit'> = {
    rowWrites: [],
    personWrites: [],
    audit: [],
  };
  for (const row of rows) {
    if (row.deleted) continue;
    const tombstone = { ...row, deleted: true, personDocId: null };
    plan.rowWrites.push({
      key: row.key,
      kind: 'set',
      doc: { ...tombstone, fingerprint: fingerprintOf(tombstone) },
    });
    if (row.personDocId) {
      const holder = persons.get(row.personDocId);
      if (holder && holder.township === (row.township ?? '') && holder.key === row.key) {
        plan.personWrites.push({ id: row.personDocId, doc: null });
      }
    }
    plan.audit.push({ key: row.key, row: row.sheetRow, action: 'deleted', columns: [] });
  }
  return plan;
}
