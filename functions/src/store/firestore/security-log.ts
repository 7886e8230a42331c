// Records refused requests — what was refused and why, never a token, an email address or a row.
import { createHash } from 'node:crypto';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { securityLogCollection } from './paths';

export interface Refusal {
  function: string;
  status: number;
  code: string;
  county?: string | null;
  township?: string | null;
  ledger?: string | null;
  /** Hashed, so repeated attempts by one account can be grouped without storing who. */
  email?: string | null;
}

export type RecordRefusal = (refusal: Refusal) => Promise<void>;

export const firestoreRecordRefusal =
  (db: Firestore): RecordRefusal =>
  async (refusal) => {
    const { email, ...rest } = refusal;
    const account = email
      ? createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 16)
      : null;
    await securityLogCollection(db).add({ ...rest, account, at: FieldValue.serverTimestamp() });
  };
