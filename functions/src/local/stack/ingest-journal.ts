// The ingest requests local mode has answered 200, fsynced before the answer leaves, until an export holds them.
import { existsSync } from 'node:fs';
import { open, readFile, rename, writeFile } from 'node:fs/promises';
import type { User } from '../../auth/authorize';

/** One accepted request: whose (its verified token's e-mail, and the account as it was), and its body. */
export interface JournalEntry {
  email: string;
  /** The account that was allowed the write (accounts live in Firestore too, and are lost with it). */
  user: User | null;
  body: string;
}

export interface IngestJournal {
  file: string;
  /** Appends one entry and fsyncs it; resolves only once it is on disk. */
  append(entry: JournalEntry): Promise<void>;
  /** Every whole entry, oldest first (a line cut off by a crash is skipped). */
  entries(): Promise<JournalEntry[]>;
  /** A point in the journal: entries appended before it are in any export started after it. */
  mark(): Promise<number>;
  /** Drops the entries before a mark (an export now holds them); later ones stay. */
  dropBefore(mark: number): Promise<void>;
}

/**
 * The Firestore emulator keeps data in memory and exports it only on a clean stop; this journal makes an
 * `ingest` answer durable: replayed on the next start (ingest is idempotent: the same rows again are
 * `unchanged`), it brings back whatever a kill -9 or a crash lost since the last export.
 */
export function openIngestJournal(file: string): IngestJournal {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const size = async () => (existsSync(file) ? (await readFile(file)).length : 0);
  return {
    file,
    append: (entry) =>
      serial(async () => {
        const handle = await open(file, 'a', 0o600);
        try {
          await handle.write(`${JSON.stringify(entry)}\n`);
          await handle.sync();
        } finally {
          await handle.close();
        }
      }),
    entries: async () => {
      if (!existsSync(file)) return [];
      const lines = (await readFile(file, 'utf8')).split('\n');
      const entries: JournalEntry[] = [];
      for (const line of lines) {
        try {
          const entry = JSON.parse(line) as JournalEntry;
          if (typeof entry.email === 'string' && typeof entry.body === 'string') entries.push(entry);
        } catch {
          // the line a crash cut off, or the empty line at the end
        }
      }
      return entries;
    },
    mark: () => serial(size),
    dropBefore: (mark) =>
      serial(async () => {
        if (!existsSync(file)) return;
        const rest = (await readFile(file)).subarray(mark);
        const next = `${file}.next`;
        await writeFile(next, rest, { mode: 0o600 });
        const handle = await open(next, 'r');
        await handle.sync();
        await handle.close();
        await rename(next, file);
      }),
  };
}
