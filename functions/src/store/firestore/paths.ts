// Where each kind of document lives in Firestore (see README, "Data model").
import type { DocumentReference, Firestore } from 'firebase-admin/firestore';

export const countyDoc = (db: Firestore, county: string) => db.collection('counties').doc(county);

/** Rows of a township tab: `counties/{county}/townships/{township}/{ledger}/{key}`; county tabs sit under the county. */
export function rowsCollection(db: Firestore, county: string, township: string | null, ledgerId: string) {
  const parent =
    township === null ? countyDoc(db, county) : countyDoc(db, county).collection('townships').doc(township);
  return parent.collection(ledgerId);
}

export const rowDoc = (
  db: Firestore,
  county: string,
  township: string | null,
  ledgerId: string,
  key: string,
) => rowsCollection(db, county, township, ledgerId).doc(key);

export const personDoc = (db: Firestore, county: string, id: string): DocumentReference =>
  countyDoc(db, county).collection('persons').doc(id);

export const auditCollection = (db: Firestore, county: string) => countyDoc(db, county).collection('audit');

/** Refused requests, outside any county (a refused caller may name a county that does not exist). */
export const securityLogCollection = (db: Firestore) => db.collection('securityLog');

export const userDoc = (db: Firestore, email: string) => db.collection('users').doc(email.toLowerCase());
