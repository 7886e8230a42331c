// The ingest use case: check the sheet's headers, validate every row, store them, tombstone what is gone.
import type { IngestAnswer, IngestRequest } from '../core/contract';
import type { CivilDate } from '../core/dates/civil-date';
import { BadRequestError, UnprocessableError } from '../core/domain-errors';
import { type AnyLedger, ledgerById } from '../core/ledgers';
import { headerIssues, listedSlot, mapHeaders } from '../core/validation';
import { referencesOf } from '../core/validation/references';
import { applyRows, tombstoneMissing } from './apply-rows';
import { choiceFieldsOf, choiceList } from './choice-fields';
import type { ChunkTarget, RowOutcome } from './chunk-types';
import type { RowStore } from './row-store';
import { validatedRow } from './validated-row';

/** The ledger a request names, checked against where it says the rows come from. */
export function resolveLedger(request: Pick<IngestRequest, 'ledger' | 'township'>): AnyLedger {
  const ledger = ledgerById(request.ledger)!;
  if (ledger.scope === 'township' && !request.township) {
    throw new BadRequestError(`township：「${ledger.tab}」是乡镇台账，请填写乡镇名称`);
  }
  if (ledger.scope === 'county' && request.township) {
    throw new BadRequestError(`township：「${ledger.tab}」是县级表格，不属于任何乡镇，请不要填写乡镇`);
  }
  return ledger;
}

export async function ingestRows(
  request: IngestRequest,
  deps: { store: RowStore; today: CivilDate; actor: string },
): Promise<IngestAnswer> {
  const ledger = resolveLedger(request);
  const township = request.township ?? null;
  const headers = request.headers ?? [...new Set(request.rows.flatMap((r) => Object.keys(r.cells)))];
  const issues = headerIssues(ledger, mapHeaders(ledger, headers));
  if (issues.errors.length && request.rows.length) {
    throw new UnprocessableError(issues.errors.join('\n'), { sheetErrors: issues.errors });
  }
  const target: ChunkTarget = {
    county: request.county,
    township,
    ledger,
    spreadsheetId: request.spreadsheetId,
    actor: deps.actor,
  };
  const validated = request.rows.map((row) => validatedRow(ledger, row, deps.today));
  if (validated.length) target.listed = await listedColumns(deps.store, request.county, ledger);
  const [outcomes, choices] = await Promise.all([
    applyRows(deps.store, target, validated),
    currentChoices(deps.store, request.county, ledger),
  ]);
  const deleted = request.liveKeys
    ? await tombstoneMissing(
        deps.store,
        target,
        new Set([...request.liveKeys, ...request.rows.map((r) => r.key)]),
      )
    : 0;
  const count = (f: (o: RowOutcome) => boolean) => outcomes.filter(f).length;
  return {
    county: request.county,
    township,
    ledger: ledger.id,
    sheetWarnings: issues.warnings,
    rows: outcomes,
    counts: {
      received: request.rows.length,
      created: count((o) => o.result === 'created'),
      updated: count((o) => o.result === 'updated'),
      unchanged: count((o) => o.result === 'unchanged'),
      moved: count((o) => o.moved === true),
      stale: count((o) => o.result === 'stale'),
      withErrors: count((o) => o.status === 'error'),
      withWarnings: count((o) => o.status === 'warning'),
      deleted,
    },
    ...(choices ? { choices } : {}),
  };
}

/** The county columns the ledger's listed references check (联系乡镇 → 乡镇设置.乡镇), read once per request. */
async function listedColumns(
  store: RowStore,
  county: string,
  ledger: AnyLedger,
): Promise<ReadonlyMap<string, readonly string[]>> {
  const slots = [
    ...new Map(
      referencesOf(ledger.id)
        .filter((r) => r.listedIn !== undefined)
        .map((r) => [listedSlot(r.target, r.listedIn!), r] as const),
    ).values(),
  ];
  const lists = await Promise.all(
    slots.map((r) => store.choices(county, r.target, r.listedIn!, { withErrors: true })),
  );
  return new Map(slots.map((r, i) => [listedSlot(r.target, r.listedIn!), lists[i]!]));
}

/** The dropdown choices of the ledger's columns that list a county tab, or undefined when it has none. */
async function currentChoices(
  store: RowStore,
  county: string,
  ledger: AnyLedger,
): Promise<Record<string, string[]> | undefined> {
  const fields = choiceFieldsOf(ledger);
  if (!fields.length) return undefined;
  const lists = await Promise.all(fields.map((c) => store.choices(county, c.ledgerId, c.field)));
  return Object.fromEntries(fields.map((c, i) => [c.header, choiceList(lists[i]!)]));
}
