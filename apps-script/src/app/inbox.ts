// Edits recorded by triggers that do not hold the lock: each edit writes its own entry, so writers never collide.
import { isPieceName, jsonEntries, pieceNames, readJson } from './chunked-json';
import type { KeyValueStore } from './ports';
import { loadTabState, saveTabState, withEdits } from './tab-state';

export interface InboxEntry {
  ledger: string;
  keys: string[];
  rows: number[];
  deletions: boolean;
}

const PREFIX = 'inbox.';

/** Stored form: rows as [first, last] runs, so a 1,200-row paste is one pair. */
interface Stored {
  l: string;
  k: string[];
  r: [number, number][];
  d: boolean;
}

export function appendInbox(store: KeyValueStore, id: string, entry: InboxEntry): void {
  const runs: [number, number][] = [];
  for (const row of [...entry.rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && row <= last[1] + 1) last[1] = Math.max(last[1], row);
    else runs.push([row, row]);
  }
  const stored: Stored = { l: entry.ledger, k: entry.keys, r: runs, d: entry.deletions };
  store.set(jsonEntries(PREFIX + id, stored));
}

/** Every complete entry, with the property names to delete once it is merged. */
export function readInbox(store: KeyValueStore): { entries: InboxEntry[]; names: string[] } {
  const all = store.all();
  const entries: InboxEntry[] = [];
  const names: string[] = [];
  for (const name of Object.keys(all)) {
    if (!name.startsWith(PREFIX) || isPieceName(name)) continue;
    const stored = readJson<Stored>((n) => all[n], name);
    if (!stored) continue; // still being written: the next drain takes it
    const rows: number[] = [];
    for (const [first, last] of stored.r) for (let r = first; r <= last; r++) rows.push(r);
    entries.push({ ledger: stored.l, keys: stored.k, rows, deletions: stored.d });
    names.push(name, ...pieceNames(name, all[name]));
  }
  return { entries, names };
}

/** Merges the inbox into the tab states (under the lock); returns how many entries it took. */
export function drainInbox(store: KeyValueStore): number {
  const { entries, names } = readInbox(store);
  if (!entries.length) return 0;
  const ledgers = [...new Set(entries.map((e) => e.ledger))];
  for (const ledger of ledgers) {
    let state = loadTabState(store, ledger);
    for (const e of entries.filter((x) => x.ledger === ledger))
      state = withEdits(state, e.keys, e.rows, e.deletions);
    saveTabState(store, ledger, state);
  }
  store.remove(names);
  return entries.length;
}

/** Keys and rows of one tab edited since the last drain (their answers must not overwrite 待同步). */
export function editedSinceDrain(
  store: KeyValueStore,
  ledger: string,
): { keys: Set<string>; rows: Set<number> } {
  const mine = readInbox(store).entries.filter((e) => e.ledger === ledger);
  return { keys: new Set(mine.flatMap((e) => e.keys)), rows: new Set(mine.flatMap((e) => e.rows)) };
}
