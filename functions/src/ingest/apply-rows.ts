// Stores validated rows and tombstones through the RowStore port: the plan is made here, over what was read.
import { lookupsFor } from '../core/validation';
import type { ChunkPlan, ChunkTarget, RowOutcome, ValidatedRow } from './chunk-types';
import { planChunk } from './plan-chunk';
import { planTombstones } from './plan-tombstones';
import type { ReadInTransaction, RowStore, Tab, WriteContext } from './row-store';
import { ROWS_PER_TRANSACTION, transactionChunks } from './transaction-chunks';

export const tabOf = (target: ChunkTarget): Tab => ({
  county: target.county,
  township: target.township,
  ledgerId: target.ledger.id,
});

const contextOf = (target: ChunkTarget): WriteContext => ({
  actor: target.actor,
  spreadsheetId: target.spreadsheetId,
});

/** Upserts rows, one transaction per chunk; returns one outcome per row, in order. */
export async function applyRows(
  store: RowStore,
  target: ChunkTarget,
  rows: readonly ValidatedRow[],
): Promise<RowOutcome[]> {
  const outcomes: RowOutcome[] = [];
  for (const chunk of transactionChunks(rows)) {
    const plan = await store.transact(tabOf(target), contextOf(target), (read) =>
      readAndPlanChunk(store, target, chunk, read),
    );
    outcomes.push(...plan.outcomes);
  }
  return outcomes;
}

/**
 * Reads the chunk's rows and every person they name in one round trip, a second time only for claims a
 * stored row may give up, then plans claims, releases, county-wide rules and revisions over that.
 */
export async function readAndPlanChunk(
  store: Pick<RowStore, 'personDocId'>,
  target: ChunkTarget,
  rows: readonly ValidatedRow[],
  read: ReadInTransaction,
): Promise<ChunkPlan> {
  const lookupIds = new Set<string>();
  for (const row of rows) {
    const values = row.validation.values as Record<string, unknown>;
    for (const l of lookupsFor(target.ledger, values, target.township))
      lookupIds.add(store.personDocId(l.ledger, l.personKey));
  }
  const first = await read({ rowKeys: rows.map((r) => r.key), personIds: [...lookupIds] });
  const persons = new Map(first.persons);
  const released = [...first.rows.values()]
    .map((r) => r.personDocId)
    .filter((id): id is string => Boolean(id) && !lookupIds.has(id!));
  if (released.length)
    for (const [id, doc] of (await read({ personIds: released })).persons) persons.set(id, doc);
  return planChunk({ target, rows, existing: first.rows, persons, personDocId: store.personDocId });
}

/** Marks stored rows of the tab whose keys are not live as deleted, releasing their claims; returns how many. */
export async function tombstoneMissing(
  store: RowStore,
  target: ChunkTarget,
  liveKeys: ReadonlySet<string>,
): Promise<number> {
  const gone = (await store.liveKeys(tabOf(target))).filter((key) => !liveKeys.has(key));
  let deleted = 0;
  for (let i = 0; i < gone.length; i += ROWS_PER_TRANSACTION) {
    const chunk = gone.slice(i, i + ROWS_PER_TRANSACTION);
    const plan = await store.transact(tabOf(target), contextOf(target), async (read) => {
      const { rows } = await read({ rowKeys: chunk });
      const claims = [...rows.values()].map((r) => r.personDocId).filter((id): id is string => Boolean(id));
      const { persons } = claims.length ? await read({ personIds: claims }) : { persons: new Map() };
      return planTombstones([...rows.values()], persons);
    });
    deleted += plan.rowWrites.length;
  }
  return deleted;
}
