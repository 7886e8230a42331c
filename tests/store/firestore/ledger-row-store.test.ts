// The Firestore RowStore on the emulator keeps the promises every RowStore keeps.
import { type App, deleteApp, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll } from 'vitest';
import type { AuditEntry } from '../../../functions/src/ingest/row-store';
import { FirestoreLedgerRowStore } from '../../../functions/src/store/firestore/ledger-row-store';
import { clearProject, emulatorHost, projectIdFor } from '../../support/emulator';
import { rowStoreContract, SECRET } from '../row-store-contract';

const projectId = projectIdFor(import.meta.url);
let app: App;
let db: Firestore;
beforeAll(() => {
  process.env.FIRESTORE_EMULATOR_HOST = emulatorHost();
  app = initializeApp({ projectId }, 'row-store-contract');
  db = getFirestore(app);
});
afterAll(() => deleteApp(app));

rowStoreContract(async () => {
  await clearProject(projectId);
  return {
    store: new FirestoreLedgerRowStore(db, SECRET),
    audit: async (county) => {
      const entries = await db.collection(`counties/${county}/audit`).orderBy('at').get();
      return entries.docs.map((d) => {
        const { at: _, ...entry } = d.data();
        return entry as AuditEntry;
      });
    },
  };
});
