// Applies planned rows to Firestore: one transaction per chunk, so every row is whole or absent.
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { hashIdNumber } from '../../core/id-number/hash-id-number';
import { lookupsFor } from '../../core/validation';
import {
  type AuditChange,
  type ChunkPlan,
  type ChunkTarget,
  type PersonDocId,
  planChunk,
  planTombstones,
  type RowOutcome,
  type ValidatedRow,
} from '../../ingest/plan-chunk';
import type { PersonDoc, StoredRow } from '../../ingest/stored-row';
import { KeyedQueue } from './keyed-queue';
import { auditCollection, personDoc, rowDoc, rowsCollection } from './paths';

/** Rows per transaction: each row writes at most 3 documents (row, old claim, new claim), plus 1 audit entry. */
export const ROWS_PER_TRANSACTION = 160;
/**
 * Bytes per transaction, estimated: a commit must stay under Firestore's 10 MiB request limit (the emulator
 * stalls above 4 MiB). A row is stored with its raw cells and its record, so it counts twice.
 */
export const BYTES_PER_TRANSACTION = 2.5 * 1024 * 1024;

const estimatedBytes = (row: ValidatedRow): number => 2 * Buffer.byteLength(JSON.stringify(row.cells)) + 2048;

/** Consecutive chunks of at most ROWS_PER_TRANSACTION rows and (unless one row alone) BYTES_PER_TRANSACTION. */
export function transactionChunks(rows: readonly ValidatedRow[]): ValidatedRow[][] {
  const out: ValidatedRow[][] = [];
  let current: ValidatedRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = estimatedBytes(row);
    if (current.length && (current.length >= ROWS_PER_TRANSACTION || bytes + size > BYTES_PER_TRANSACTION)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}

const tabOf = ({ county, township, ledger }: ChunkTarget) => `${county}/${township ?? ''}/${ledger.id}`;

export class FirestoreLedgerRowStore {
  readonly personDocId: PersonDocId;
  /** One transaction at a time per tab in this process (see KeyedQueue). */
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly db: Firestore,
    idHashSecret: string,
  ) {
    this.personDocId = (ledgerId, personKey) => `${ledgerId}_${hashIdNumber(personKey, idHashSecret)}`;
  }

  /** Upserts rows; returns one outcome per row, in order. */
  async applyRows(target: ChunkTarget, rows: readonly ValidatedRow[]): Promise<RowOutcome[]> {
    const outcomes: RowOutcome[] = [];
    for (const chunk of transactionChunks(rows))
      outcomes.push(...(await this.queue.run(tabOf(target), () => this.applyChunk(target, chunk))));
    return outcomes;
  }

  private applyChunk(target: ChunkTarget, rows: readonly ValidatedRow[]): Promise<RowOutcome[]> {
    const { db } = this;
    const { county, township, ledger } = target;
    const lookupIds = new Set<string>();
    for (const row of rows) {
      for (const l of lookupsFor(ledger, row.validation.values as Record<string, unknown>, township)) {
        lookupIds.add(this.personDocId(l.ledger, l.personKey));
      }
    }
    return db.runTransaction(async (tx) => {
      // One round trip for the rows and the persons they name; a second only for claims a row gives up.
      const rowRefs = rows.map((r) => rowDoc(db, county, township, ledger.id, r.key));
      const personRefs = [...lookupIds].map((id) => personDoc(db, county, id));
      const snapshots = await tx.getAll(...rowRefs, ...personRefs);
      const existing = new Map<string, StoredRow>();
      const persons = new Map<string, PersonDoc>();
      snapshots.forEach((snap, i) => {
        if (!snap.exists) return;
        if (i < rowRefs.length) existing.set(snap.id, snap.data() as StoredRow);
        else persons.set(snap.id, snap.data() as PersonDoc);
      });
      const released = [...existing.values()]
        .map((r) => r.personDocId)
        .filter((id): id is string => Boolean(id) && !lookupIds.has(id!));
      if (released.length) {
        for (const snap of await tx.getAll(...released.map((id) => personDoc(db, county, id)))) {
          if (snap.exists) persons.set(snap.id, snap.data() as PersonDoc);
        }
      }

      const plan = planChunk({ target, rows, existing, persons, personDocId: this.personDocId });
      this.write(tx, target, plan);
      return plan.outcomes;
    });
  }

  /** Marks stored rows of the tab whose keys are not live as deleted; returns how many. */
  async tombstoneMissing(target: ChunkTarget, liveKeys: ReadonlySet<string>): Promise<number> {
    const { db } = this;
    const { county, township, ledger } = target;
    const stored = await rowsCollection(db, county, township, ledger.id)
      .where('deleted', '==', false)
      .select()
      .get();
    const gone = stored.docs.map((d) => d.id).filter((key) => !liveKeys.has(key));
    let deleted = 0;
    for (let i = 0; i < gone.length; i += ROWS_PER_TRANSACTION) {
      const chunk = gone.slice(i, i + ROWS_PER_TRANSACTION);
      deleted += await this.queue.run(tabOf(target), () => this.tombstoneChunk(target, chunk));
    }
    return deleted;
  }

  /** One query: the `record.{field}` of the county tab's live rows without errors, and nothing else of them. */
  async choices(county: string, ledgerId: string, field: string): Promise<string[]> {
    const path = `record.${field}`;
    const rows = await rowsCollection(this.db, county, null, ledgerId)
      .where('deleted', '==', false)
      .where('status', 'in', ['ok', 'warning'])
      .select(path)
      .get();
    return rows.docs.map((d) => d.get(path)).filter((v): v is string => typeof v === 'string');
  }

  private tombstoneChunk(target: ChunkTarget, chunk: readonly string[]): Promise<number> {
    const { db } = this;
    const { county, township, ledger } = target;
    return db.runTransaction(async (tx) => {
      const snaps = await tx.getAll(...chunk.map((key) => rowDoc(db, county, township, ledger.id, key)));
      const rows = snaps.filter((s) => s.exists).map((s) => s.data() as StoredRow);
      const claims = rows.map((r) => r.personDocId).filter((id): id is string => Boolean(id));
      const persons = new Map<string, PersonDoc>();
      if (claims.length) {
        for (const snap of await tx.getAll(...claims.map((id) => personDoc(db, county, id)))) {
          if (snap.exists) persons.set(snap.id, snap.data() as PersonDoc);
        }
      }
      const plan = planTombstones(rows, persons);
      this.write(tx, target, { ...plan, outcomes: [] });
      return plan.rowWrites.length;
    });
  }

  private write(tx: FirebaseFirestore.Transaction, target: ChunkTarget, plan: ChunkPlan): void {
    const { db } = this;
    const { county, township, ledger } = target;
    const now = FieldValue.serverTimestamp();
    for (const write of plan.rowWrites) {
      const ref = rowDoc(db, county, township, ledger.id, write.key);
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
    if (plan.audit.length) tx.create(auditCollection(db, county).doc(), auditEntry(target, plan.audit, now));
  }
}

function auditEntry(target: ChunkTarget, changes: AuditChange[], at: FieldValue) {
  return {
    at,
    actor: target.actor,
    township: target.township,
    ledger: target.ledger.id,
    spreadsheetId: target.spreadsheetId,
    changes,
  };
}
