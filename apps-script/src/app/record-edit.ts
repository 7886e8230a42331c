// The on-edit trigger's part: bump the edited rows' revisions, show 待同步, and note them in the inbox.
import { SYNC_STATUSES } from '../../../functions/src/core/ledgers';
import { toKey, toRevision } from './cells';
import { ledgerOfTab, loadConfig } from './config';
import { appendInbox } from './inbox';
import type { Services } from './ports';
import { readLayout } from './read-tab';

export interface EditedRange {
  sheetName: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Returns true when rows were recorded. The header row and the key, revision and status columns are not data:
 * an edit that touches only those is ignored. A row with a key is recorded by key (it keeps it wherever it
 * moves), a row without one by its number.
 */
export function recordEdit(s: Services, edit: EditedRange): boolean {
  const config = loadConfig(s.settings);
  const ledger = config && ledgerOfTab(config, edit.sheetName);
  const sheet = ledger && s.spreadsheet.sheet(edit.sheetName);
  if (!ledger || !sheet) return false;
  const first = Math.max(edit.row, 2);
  const count = edit.row + edit.rows - first;
  if (count <= 0) return false;
  const read = readLayout(sheet, ledger);
  if (!read.ok) return false;
  const layout = read.value;
  const lastColumn = edit.column + edit.columns - 1;
  if (!layout.fields.some((f) => f.column >= edit.column && f.column <= lastColumn)) return false;

  const keys = sheet.values(first, layout.keyColumn, count, 1).map(([k]) => toKey(k));
  const revisions = sheet.values(first, layout.revisionColumn, count, 1).map(([r]) => [toRevision(r) + 1]);
  sheet.setValues(first, layout.revisionColumn, revisions);
  sheet.setValues(
    first,
    layout.statusColumn,
    keys.map(() => [SYNC_STATUSES.pending]),
  );
  appendInbox(s.state, s.uuid(), {
    ledger: ledger.id,
    keys: keys.filter((k): k is string => k !== null),
    rows: keys.flatMap((k, i) => (k === null ? [first + i] : [])),
    deletions: false,
  });
  return true;
}
