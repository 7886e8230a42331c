// Brings back, on start, the ingest requests answered since the last export (kill -9, a crash, a dead emulator).
import type { User } from '../../auth/authorize';
import type { IngestJournal } from './ingest-journal';
import { REPLAY_HEADER } from './journal-answers';

export interface ReplayResult {
  replayed: number;
  /** Requests now refused (an account removed since): each with its status. */
  refused: number;
}

/**
 * Posts every journal entry again, in order, as its own account (restored as it was when it was allowed the
 * write, if an export lacks it); ingest answers rows it already holds `unchanged`.
 */
export async function replayJournal(
  journal: IngestJournal,
  functionsUrl: string,
  token: (email: string) => Promise<string>,
  replayNonce: string,
  restoreUser: (user: User) => Promise<void>,
): Promise<ReplayResult> {
  const result: ReplayResult = { replayed: 0, refused: 0 };
  for (const entry of await journal.entries()) {
    if (entry.user) await restoreUser(entry.user);
    const response = await fetch(`${functionsUrl}/ingest`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await token(entry.email)}`,
        'content-type': 'text/plain; charset=utf-8',
        [REPLAY_HEADER]: replayNonce,
      },
      body: entry.body,
    });
    await response.arrayBuffer();
    if (response.status >= 500)
      throw new Error(`replaying ${journal.file} failed: ingest answered ${response.status}`);
    if (response.ok) result.replayed++;
    else result.refused++;
  }
  return result;
}
