// The RowStore port on Firestore: reads and commits of one chunk in one transaction, so every row is whole or absent.
import { FieldValue, type Firestore, type Transaction } from 'firebase-admin/firestore';
import type { PersonDocId } from '../../ingest/chunk-types';
import { personDocIdWith } from '../../ingest/person-doc-id';
import {
  auditEntryOf,
  type ChunkWrites,
  type ReadInTransaction,
  type RowStore,
  type Tab,
  type WriteContext,
} from '../../ingest/row-store';
import type { PersonDoc, StoredRow } from '../../ingest/stored-row';
import { KeyedQueue } from './keyed-queue';
import { auditCollection, personDoc, rowDoc, rowsCollection } from './paths';

/** A document as the use case knows it: without the times this adapter stamps on every write. */
function withoutTimes<T>(data: FirebaseFirestore.DocumentData): T {
  const { updatedAt: _u, deletedAt: _d, ...doc } = data;
  return doc as T;
}

const tabKey = ({ county, township, ledgerId }: Tab) => `${county}/${township ?? ''}/${ledgerId}`;

export class FirestoreLedgerRowStore implements RowStore {
  readonly personDocId: PersonDocId;
  /** One transaction at a time per tab in this process (see KeyedQueue). */
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly db: Firestore,
    idHashSecret: string,
  ) {
    this.personDocId = personDocIdWith(idHashSecret);
  }

  transact<P extends ChunkWrites>(
    tab: Tab,
    context: WriteContext,
    plan: (read: ReadInTransaction) => Promise<P>,
  ): Promise<P> {
    return this.queue.run(tabKey(tab), () =>
      this.db.runTransaction(async (tx) => {
        const writes = await plan(this.reader(tx, tab));
        this.write(tx, tab, context, writes);
        return writes;
      }),
    );
  }

  async liveKeys({ county, township, ledgerId }: Tab): Promise<string[]> {
    const stored = await rowsCollection(this.db, county, township, ledgerId)
      .where('deleted', '==', false)
      .select()
      .get();
    return stored.docs.map((d) => d.id);
  }

  /** One query: the `record.{field}` of the county tab's live rows (without errors, unless asked), nothing else. */
  async choices(
    county: string,
    ledgerId: string,
    field: string,
    options: { withErrors?: boolean } = {},
  ): Promise<string[]> {
    const path = `record.${field}`;
    const live = rowsCollection(this.db, county, null, ledgerId).where('deleted', '==', false);
    const rows = await (options.withErrors ? live : live.where('status', 'in', ['ok', 'warning']))
      .select(path)
      .get();
    return rows.docs.map((d) => d.get(path)).filter((v): v is string => typeof v === 'string');
  }

  /** Rows and persons asked for together, in one `getAll` round trip. */
  private reader(tx: Transaction, { county, township, ledgerId }: Tab): ReadInTransaction {
    const { db } = this;
    return async ({ rowKeys = [], personIds = [] }) => {
      const rows = new Map<string, StoredRow>();
      const persons = new Map<string, PersonDoc>();
      const rowRefs = rowKeys.map((key) => rowDoc(db, county, township, ledgerId, key));
      const personRefs = personIds.map((id) => personDoc(db, county, id));
      if (!rowRefs.length && !personRefs.length) return { rows, persons };
      const snapshots = await tx.getAll(...rowRefs, ...personRefs);
      snapshots.forEach((snap, i) => {
        if (!snap.exists) return;
        if (i < rowRefs.length) rows.set(snap.id, withoutTimes<StoredRow>(snap.data()!));
        else persons.set(snap.id, withoutTimes<PersonDoc>(snap.data()!));
      });
      return { rows, persons };
    };
  }

  private write(tx: Transaction, tab: Tab, context: WriteContext, plan: ChunkWrites): void {
    const { db } = this;
    const { county, township, ledgerId } = tab;
    const now = FieldValue.serverTimestamp();
    for (const write of plan.rowWrites) {
      const ref = rowDoc(db, county, township, ledgerId, write.key);
      if (write.kind === 'set') {
        const { doc } = write;
        tx.set(ref, { ...doc, updatedAt: now, ...(doc.deleted ? { deletedAt: now } : {}) });
      } else
        tx.update(ref, {
          ...write.fields,
          ...(write.fields.deleted ? { updatedAt: now, deletedAt: now } : {}),
        });
    }
    for (const { id, doc } of plan.personWrites) {
      const ref = personDoc(db, county, id);
      if (doc) tx.set(ref, { ...doc, updatedAt: now });
      else tx.delete(ref);
    }
    if (plan.audit.length)
      tx.create(auditCollection(db, county).doc(), { at: now, ...auditEntryOf(tab, context, plan.audit) });
  }
}
