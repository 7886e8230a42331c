// The hash of everything a re-send could change in a stored row: equal means there is nothing to write.
import { createHash } from 'node:crypto';
import type { StoredRow } from './stored-row';

export type FingerprintedFields = Omit<StoredRow, 'fingerprint' | 'revision' | 'updatedBy' | 'spreadsheetId'>;

export function fingerprintOf(row: FingerprintedFields): string {
  const canonical = JSON.stringify([
    row.township,
    row.sheetRow,
    row.status,
    row.deleted,
    row.personDocId,
    Object.entries(row.cells).sort(([a], [b]) => (a < b ? -1 : 1)),
    row.errors.map((e) => e.message),
    row.warnings.map((e) => e.message),
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}
