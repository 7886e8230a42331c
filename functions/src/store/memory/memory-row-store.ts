// The RowStore port in memory: one transaction at a time, a plan's writes applied only once it returns.
import type { PersonDocId } from '../../ingest/chunk-types';
import { personDocIdWith } from '../../ingest/person-doc-id';
import {
  type AuditEntry,
  auditEntryOf,
  type ChunkWrites,
  type ReadInTransaction,
  type RowStore,
  type Tab,
  type WriteContext,
} from '../../ingest/row-store';
import type { PersonDoc, StoredRow } from '../../ingest/stored-row';

const tabKey = ({ county, township, ledgerId }: Tab) => `${county}/${township ?? ''}/${ledgerId}`;

/** For tests and tools that need no database: the same behaviour as the Firestore adapter, minus the I/O. */
export class MemoryRowStore implements RowStore {
  readonly personDocId: PersonDocId;
  /** Rows by tab, then by key. */
  private readonly rows = new Map<string, Map<string, StoredRow>>();
  /** Person documents by county, then by id. */
  private readonly persons = new Map<string, Map<string, PersonDoc>>();
  private readonly audit = new Map<string, AuditEntry[]>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(idHashSecret: string) {
    this.personDocId = personDocIdWith(idHashSecret);
  }

  transact<P extends ChunkWrites>(
    tab: Tab,
    context: WriteContext,
    plan: (read: ReadInTransaction) => Promise<P>,
  ): Promise<P> {
    const run = async () => {
      const writes = await plan(this.reader(tab));
      this.write(tab, context, writes);
      return writes;
    };
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  async liveKeys(tab: Tab): Promise<string[]> {
    const keys = [...this.tabRows(tab).values()].filter((r) => !r.deleted).map((r) => r.key);
    return keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); // document-id order, as Firestore answers
  }

  async choices(
    county: string,
    ledgerId: string,
    field: string,
    options: { withErrors?: boolean } = {},
  ): Promise<string[]> {
    return [...this.tabRows({ county, township: null, ledgerId }).values()]
      .filter((r) => !r.deleted && (options.withErrors || r.status !== 'error'))
      .map((r) => r.record[field])
      .filter((v): v is string => typeof v === 'string');
  }

  /** A stored row as it stands (tombstones included), outside any transaction. */
  rowOf(tab: Tab, key: string): StoredRow | undefined {
    const row = this.tabRows(tab).get(key);
    return row && structuredClone(row);
  }

  /** A person document of the county as it stands. */
  personOf(county: string, id: string): PersonDoc | undefined {
    const person = this.countyPersons(county).get(id);
    return person && structuredClone(person);
  }

  /** The county's audit entries, oldest first (what Firestore keeps in `counties/{county}/audit`). */
  auditOf(county: string): AuditEntry[] {
    return structuredClone(this.audit.get(county) ?? []);
  }

  private tabRows(tab: Tab): Map<string, StoredRow> {
    const key = tabKey(tab);
    if (!this.rows.has(key)) this.rows.set(key, new Map());
    return this.rows.get(key)!;
  }

  private countyPersons(county: string): Map<string, PersonDoc> {
    if (!this.persons.has(county)) this.persons.set(county, new Map());
    return this.persons.get(county)!;
  }

  /** Copies, so a plan can never change the store except through what it returns. */
  private reader(tab: Tab): ReadInTransaction {
    return async ({ rowKeys = [], personIds = [] }) => {
      const rows = new Map<string, StoredRow>();
      const persons = new Map<string, PersonDoc>();
      for (const key of rowKeys) {
        const row = this.tabRows(tab).get(key);
        if (row) rows.set(key, structuredClone(row));
      }
      for (const id of personIds) {
        const person = this.countyPersons(tab.county).get(id);
        if (person) persons.set(id, structuredClone(person));
      }
      return { rows, persons };
    };
  }

  private write(tab: Tab, context: WriteContext, plan: ChunkWrites): void {
    const rows = this.tabRows(tab);
    // As a Firestore commit fails whole when it updates a document that does not exist.
    const missing = plan.rowWrites.find((w) => w.kind === 'update' && !rows.has(w.key));
    if (missing) throw new Error(`no row ${missing.key} to update in ${tabKey(tab)}; nothing written`);
    for (const write of plan.rowWrites) {
      if (write.kind === 'set') rows.set(write.key, structuredClone(write.doc));
      else rows.set(write.key, { ...rows.get(write.key)!, ...structuredClone(write.fields) });
    }
    const persons = this.countyPersons(tab.county);
    for (const { id, doc } of plan.personWrites) {
      if (doc) persons.set(id, structuredClone(doc));
      else persons.delete(id);
    }
    if (plan.audit.length) {
      const entries = this.audit.get(tab.county) ?? [];
      entries.push(structuredClone(auditEntryOf(tab, context, plan.audit)));
      this.audit.set(tab.county, entries);
    }
  }
}
