// What the audit log says about one row write: the columns that changed, ID numbers masked on both sides.
import { maskIdNumber } from '../core/id-number';
import type { LedgerDef } from '../core/ledgers';
import type { AuditChange } from './chunk-types';
import type { StoredRow } from './stored-row';

export function changedColumns(
  ledger: LedgerDef,
  before: StoredRow | undefined,
  after: StoredRow,
): AuditChange {
  const columns: string[] = [];
  const idChanges: NonNullable<AuditChange['idChanges']> = [];
  for (const field of ledger.fields) {
    const was = before && !before.deleted ? (before.cells[field.header] ?? null) : null;
    const now = after.cells[field.header] ?? null;
    if (was === now) continue;
    columns.push(field.header);
    if (field.kind === 'idNumber') {
      idChanges.push({
        column: field.header,
        from: was === null ? null : maskIdNumber(String(was)),
        to: now === null ? null : maskIdNumber(String(now)),
      });
    }
  }
  const action = before && !before.deleted ? 'updated' : 'created';
  return { key: after.key, row: after.sheetRow, action, columns, ...(idChanges.length ? { idChanges } : {}) };
}
