// What waits to be pushed for each tab, in document properties, so it outlives any execution or failure.
import { readJson, removeJson, writeJson } from './chunked-json';
import type { KeyValueStore } from './ports';

/** The server refused the tab (a 4xx other than 408/429): not retried automatically until it is edited. */
export interface Blocked {
  status: number;
  message: string;
  at: number;
  /** Set when the tab was edited since: the next run tries again. */
  retry: boolean;
}

export interface TabState {
  /** Keys of rows edited since the server last confirmed them. */
  keys: string[];
  /** Rows edited while they had no key yet (row numbers, resolved on the next flush). */
  rows: number[];
  /** Too many keys to list: every row of the tab is pending. */
  all: boolean;
  /** Rows left the tab: the next flush sends `liveKeys`. */
  deletions: boolean;
  blocked: Blocked | null;
}

/** Above this many keys a tab is stored as "all rows pending", which keeps the properties small. */
export const MAX_LISTED_KEYS = 2000;

const nameOf = (ledgerId: string) => `tab.${ledgerId}`;

export const emptyTabState = (): TabState => ({
  keys: [],
  rows: [],
  all: false,
  deletions: false,
  blocked: null,
});

export const hasWork = (s: TabState): boolean =>
  s.all || s.keys.length > 0 || s.rows.length > 0 || s.deletions;

export function loadTabState(store: KeyValueStore, ledgerId: string): TabState {
  const stored = readJson<Partial<TabState>>((n) => store.get(n), nameOf(ledgerId));
  return { ...emptyTabState(), ...stored };
}

export function saveTabState(store: KeyValueStore, ledgerId: string, state: TabState): void {
  const compact =
    state.keys.length > MAX_LISTED_KEYS
      ? { ...state, keys: [], all: true }
      : { ...state, rows: unique(state.rows) };
  if (!hasWork(compact) && !compact.blocked) removeJson(store, nameOf(ledgerId));
  else writeJson(store, nameOf(ledgerId), compact);
}

export function withEdits(
  state: TabState,
  keys: readonly string[],
  rows: readonly number[],
  deletions: boolean,
): TabState {
  return {
    keys: unique([...state.keys, ...keys]),
    rows: unique([...state.rows, ...rows]),
    all: state.all,
    deletions: state.deletions || deletions,
    blocked: state.blocked ? { ...state.blocked, retry: true } : null,
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
