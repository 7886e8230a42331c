// Records refused requests — what was refused and why, never a token, an email address, an ID number or a row.
// Only callers with a verified token are stored: anyone on the internet can send a bad token, and each would
// otherwise cost a Firestore write. Those are counted and the counts logged, at most once a minute.
import { createHmac } from 'node:crypto';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { maskIdNumbersIn } from '../../core/id-number';
import { toWellFormed } from '../../core/names/well-formed';
import type { RecordRefusal, Refusal } from '../../http/refusal-log';
import { securityLogCollection } from './paths';

export type { RecordRefusal, Refusal } from '../../http/refusal-log';

/** The caller names the county, township and ledger: any ID-number-like text in them is masked. */
const named = (text: string | null | undefined): string | null =>
  typeof text === 'string' ? maskIdNumbersIn(toWellFormed(text.slice(0, 60))) : null; // Firestore refuses lone surrogates

/**
 * The account as a keyed hash (HMAC with the server's secret): a plain hash of an email address can be
 * reversed by hashing guessed addresses; this one cannot without the secret.
 */
export const accountHash = (email: string, secret: string): string =>
  createHmac('sha256', secret).update(`account:${email.toLowerCase()}`).digest('hex').slice(0, 16);

/** Where the counts of anonymous refusals go (the functions' structured log). */
export interface RefusalCountLog {
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface AnonymousRefusalOptions {
  log: RefusalCountLog;
  /** Milliseconds between two count lines; the counts since the last line are carried to the next. */
  intervalMs?: number;
  now?: () => number;
}

/** Counts refusals by `function status code` and logs the counts when `intervalMs` has passed since the last line. */
export function anonymousRefusalCounter({
  log,
  intervalMs = 60_000,
  now = Date.now,
}: AnonymousRefusalOptions) {
  let counts: Record<string, number> = {};
  let since = now();
  let lastLine = Number.NEGATIVE_INFINITY;
  return (refusal: Refusal): void => {
    const key = `${refusal.function} ${refusal.status} ${refusal.code}`;
    counts[key] = (counts[key] ?? 0) + 1;
    const at = now();
    if (at - lastLine < intervalMs) return;
    log.warn('refused requests without a verified token (counted, not stored)', {
      since: new Date(since).toISOString(),
      counts,
    });
    counts = {};
    since = at;
    lastLine = at;
  };
}

export const firestoreRecordRefusal = (
  db: Firestore,
  secret: string,
  anonymous: AnonymousRefusalOptions,
): RecordRefusal => {
  const countAnonymous = anonymousRefusalCounter(anonymous);
  return async (refusal) => {
    if (!refusal.email) return countAnonymous(refusal);
    await securityLogCollection(db).add({
      function: refusal.function,
      status: refusal.status,
      code: refusal.code,
      county: named(refusal.county),
      township: named(refusal.township),
      ledger: named(refusal.ledger),
      account: refusal.email ? accountHash(refusal.email, secret) : null,
      at: FieldValue.serverTimestamp(),
    });
  };
};
