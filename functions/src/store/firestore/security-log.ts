// Records refused requests — what was refused and why, never a token, an email address, an ID number or a row.
import { createHmac } from 'node:crypto';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { maskIdNumbersIn } from '../../core/id-number';
import { toWellFormed } from '../../core/names/well-formed';
import { securityLogCollection } from './paths';

export interface Refusal {
  function: string;
  status: number;
  code: string;
  county?: string | null;
  township?: string | null;
  ledger?: string | null;
  /** Keyed-hashed, so repeated attempts by one account can be grouped without storing who. */
  email?: string | null;
}

export type RecordRefusal = (refusal: Refusal) => Promise<void>;

/** The caller names the county, township and ledger: any ID-number-like text in them is masked. */
const named = (text: string | null | undefined): string | null =>
  typeof text === 'string' ? maskIdNumbersIn(toWellFormed(text.slice(0, 60))) : null; // Firestore refuses lone surrogates

/**
 * The account as a keyed hash (HMAC with the server's secret): a plain hash of an email address can be
 * reversed by hashing guessed addresses; this one cannot without the secret.
 */
export const accountHash = (email: string, secret: string): string =>
  createHmac('sha256', secret).update(`account:${email.toLowerCase()}`).digest('hex').slice(0, 16);

export const firestoreRecordRefusal =
  (db: Firestore, secret: string): RecordRefusal =>
  async (refusal) => {
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
