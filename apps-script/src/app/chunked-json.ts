// JSON values in a store whose values are small (an Apps Script property holds at most 9 kB).
import type { KeyValueStore } from './ports';

/** UTF-16 units per stored piece: under 9 kB even if every one were a 3-byte character. */
export const PIECE_LENGTH = 2400;
const MARK = '#';

const pieceName = (name: string, index: number) => `${name}${MARK}${index}`;

/** True for the name of a piece rather than of a value. */
export const isPieceName = (name: string): boolean => name.includes(MARK);

/** The entries that store `value` under `name`: inline when short, else a `#n` head and n pieces. */
export function jsonEntries(name: string, value: unknown): Record<string, string> {
  const text = JSON.stringify(value);
  if (text.length <= PIECE_LENGTH) return { [name]: text };
  const count = Math.ceil(text.length / PIECE_LENGTH);
  const entries: Record<string, string> = { [name]: `${MARK}${count}` };
  for (let i = 0; i < count; i++)
    entries[pieceName(name, i)] = text.slice(i * PIECE_LENGTH, (i + 1) * PIECE_LENGTH);
  return entries;
}

/** Names of the pieces behind a head (none for an inline or absent value). */
export function pieceNames(name: string, head: string | null | undefined): string[] {
  if (!head?.startsWith(MARK)) return [];
  return Array.from({ length: Number(head.slice(1)) || 0 }, (_, i) => pieceName(name, i));
}

/** Reads a value through `get` (a store or a snapshot of one); undefined when absent, partial or corrupt. */
export function readJson<T>(get: (name: string) => string | null | undefined, name: string): T | undefined {
  const head = get(name);
  if (head === null || head === undefined) return undefined;
  let text = head;
  if (head.startsWith(MARK)) {
    const pieces = pieceNames(name, head).map((n) => get(n));
    if (pieces.some((p) => p === null || p === undefined)) return undefined;
    text = pieces.join('');
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** Writes a value in one `set`, then drops the pieces a longer previous value left behind. */
export function writeJson(store: KeyValueStore, name: string, value: unknown): void {
  const before = pieceNames(name, store.get(name));
  const entries = jsonEntries(name, value);
  store.set(entries);
  const stale = before.filter((n) => !(n in entries));
  if (stale.length) store.remove(stale);
}

export function removeJson(store: KeyValueStore, name: string): void {
  store.remove([name, ...pieceNames(name, store.get(name))]);
}
