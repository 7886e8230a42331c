// Port: what the ingest use case needs of a store — consistent reads, one atomic commit per chunk, two queries.
import type { AuditChange, PersonDocId, RowWrite } from './chunk-types';
import type { PersonDoc, StoredRow } from './stored-row';

/** Which tab a transaction or a query is about (rows live under county, township and ledger). */
export interface Tab {
  county: string;
  /** null for the county's own tabs. */
  township: string | null;
  ledgerId: string;
}

/** What one transaction writes: rows of its tab, person claims of its county, one audit entry of its changes. */
export interface ChunkWrites {
  rowWrites: RowWrite[];
  personWrites: { id: string; doc: PersonDoc | null }[];
  audit: AuditChange[];
}

/** Who wrote the chunk, for the audit entry. */
export interface WriteContext {
  actor: string;
  spreadsheetId: string;
}

/** Documents read inside a transaction: only the ones that exist. */
export interface ReadDocs {
  rows: ReadonlyMap<string, StoredRow>;
  persons: ReadonlyMap<string, PersonDoc>;
}

/** Reads rows of the tab by key and person documents of the county by id, in one round trip. */
export type ReadInTransaction = (ids: {
  rowKeys?: readonly string[];
  personIds?: readonly string[];
}) => Promise<ReadDocs>;

export interface RowStore {
  /** The id of the person document a person key claims (`{ledger}_{keyed hash}`, never the raw ID number). */
  readonly personDocId: PersonDocId;
  /**
   * Runs `plan` in one transaction on the tab: everything it reads is one consistent state, and what it
   * returns is committed whole, or nothing is when it throws. A store may run `plan` again when another
   * writer got there first, so it must decide from what it read and nothing else. Returns the committed plan.
   */
  transact<P extends ChunkWrites>(
    tab: Tab,
    context: WriteContext,
    plan: (read: ReadInTransaction) => Promise<P>,
  ): Promise<P>;
  /** Keys of the tab's stored rows that are not deleted. */
  liveKeys(tab: Tab): Promise<string[]>;
  /**
   * Values of `record.{field}` in the county tab's rows that are neither deleted nor in error (one query);
   * `withErrors`: of every live row, errors or not (what a listed reference checks a name against).
   */
  choices(
    county: string,
    ledgerId: string,
    field: string,
    options?: { withErrors?: boolean },
  ): Promise<string[]>;
}

/** The audit document a commit with changes adds to the county's `audit` (the store stamps its time). */
export interface AuditEntry {
  actor: string;
  township: string | null;
  ledger: string;
  spreadsheetId: string;
  changes: AuditChange[];
}

export const auditEntryOf = (tab: Tab, context: WriteContext, changes: AuditChange[]): AuditEntry => ({
  actor: context.actor,
  township: tab.township,
  ledger: tab.ledgerId,
  spreadsheetId: context.spreadsheetId,
  changes,
});
