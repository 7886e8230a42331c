// The Firestore RowStore on the emulator keeps the promises every RowStore keeps.
import { type App, deleteApp, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, ChunkWrites } from '../../../functions/src/ingest/row-store';
import type { StoredRow } from '../../../functions/src/ingest/stored-row';
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

describe('FirestoreLedgerRowStore: what only Firestore keeps', () => {
  const tab = { county: '示范县', township: '城关镇', ledgerId: 'members' };
  const context = { actor: 'clerk@chengguan.example', spreadsheetId: 'sheet-chengguan' };
  const docOf = async (key: string) =>
    (await db.doc(`counties/示范县/townships/城关镇/members/${key}`).get()).data()!;
  const stored = (key: string, deleted = false): StoredRow => ({
    county: '示范县',
    township: '城关镇',
    ledger: 'members',
    key,
    sheetRow: 2,
    revision: 1,
    status: 'ok',
    record: {},
    cells: {},
    errors: [],
    warnings: [],
    personDocId: null,
    fingerprint: 'f',
    deleted,
    spreadsheetId: context.spreadsheetId,
    updatedBy: context.actor,
  });

  it('stamps the time on every whole write (and deletedAt on a tombstone), never on a moved row', async () => {
    const store = new FirestoreLedgerRowStore(db, SECRET);
    const commit = (rowWrites: ChunkWrites['rowWrites']) =>
      store.transact(tab, context, async () => ({ rowWrites, personWrites: [], audit: [] }));
    await commit([
      { key: 'm1', kind: 'set', doc: stored('m1') },
      { key: 'm2', kind: 'set', doc: stored('m2', true) },
    ]);
    const [m1, m2] = [await docOf('m1'), await docOf('m2')];
    expect([m1.updatedAt instanceof Timestamp, 'deletedAt' in m1, m2.deletedAt instanceof Timestamp]).toEqual(
      [true, false, true],
    );
    await commit([{ key: 'm1', kind: 'update', fields: { sheetRow: 3, fingerprint: 'g' } }]);
    const moved = await docOf('m1');
    expect([moved.sheetRow, moved.updatedAt.isEqual(m1.updatedAt)]).toEqual([3, true]);
  });
});
