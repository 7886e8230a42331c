// Decides, purely, what one flush of a tab does: which rows get keys, which are sent, which keys are live.
import { SYNC_STATUSES } from '../../../functions/src/core/ledgers';
import type { TabRow } from './read-tab';
import type { TabState } from './tab-state';

export interface KeyWrite {
  row: number;
  key: string;
  revision: number;
}

export interface TabPlan {
  /** Rows to send, with their keys (new ones included), in sheet order. */
  send: TabRow[];
  /** Rows that get a key (new rows, and copies of a row that repeat its key) before anything is sent. */
  keyWrites: KeyWrite[];
  /** Blank rows that still carry a key, revision or status: cleared, and their key leaves the store. */
  clears: number[];
  /** Keys awaiting the server's confirmation: saved before the first request. */
  pendingKeys: string[];
  /** Every key in the tab, when this flush tells the server which rows are gone. */
  liveKeys: string[] | null;
  deletions: boolean;
}

/**
 * `pending` sends the rows edited since their last confirmation, every row that has no key yet (never sent)
 * and every row the sheet shows as 待同步 (an edit whose trigger wrote the status, then failed to record it);
 * `full` sends every row. A key seen twice (a pasted copy of a row) stays with the first row.
 */
export function prepareTab(
  rows: readonly TabRow[],
  state: TabState,
  mode: 'pending' | 'full',
  newKey: () => string,
): TabPlan {
  const seen = new Set<string>();
  const keyWrites: KeyWrite[] = [];
  const clears: number[] = [];
  const fresh = new Set<string>();
  const live: TabRow[] = [];
  let deletions = state.deletions;
  for (const row of rows) {
    if (row.blank) {
      if (row.key || row.revision || row.status) clears.push(row.row);
      if (row.key) deletions = true;
      continue;
    }
    let { key, revision } = row;
    if (!key || seen.has(key)) {
      key = newKey();
      revision = Math.max(revision, 1);
      keyWrites.push({ row: row.row, key, revision });
      fresh.add(key);
    }
    seen.add(key);
    live.push({ ...row, key, revision });
  }
  const wanted = new Set(state.keys);
  const wantedRows = new Set(state.rows);
  // A listed key no longer in the tab was cut or overwritten: the server must hear that it is gone.
  if (state.keys.some((k) => !seen.has(k))) deletions = true;
  const pending = live.filter(
    (r) =>
      state.all ||
      fresh.has(r.key!) ||
      wanted.has(r.key!) ||
      wantedRows.has(r.row) ||
      r.status === SYNC_STATUSES.pending,
  );
  const send = mode === 'full' ? live : pending;
  return {
    send,
    keyWrites,
    clears,
    pendingKeys: pending.map((r) => r.key!),
    liveKeys: mode === 'full' || deletions ? live.map((r) => r.key!) : null,
    deletions,
  };
}
