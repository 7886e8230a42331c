// Decides, purely, what one transaction writes for a chunk of validated rows: rows, person claims, audit.
import { type Issue, rowStatusOf } from '../core/contract';
import {
  type CountyIndex,
  checkCountyRules,
  listedSlot,
  type PersonEntry,
  personEntry,
  personKeyOf,
  type RowIssue,
} from '../core/validation';
import { changedColumns } from './audit-change';
import type { ChunkPlan, ChunkTarget, PersonDocId, RowOutcome, ValidatedRow } from './chunk-types';
import { fingerprintOf } from './fingerprint';
import type { PersonDoc, StoredRow } from './stored-row';

const toIssue = ({ ruleId, field, column, message }: RowIssue): Issue => ({
  ruleId,
  field,
  column,
  message,
});

/** The county index as this chunk sees it: fetched person documents plus the claims made so far. */
class ChunkIndex implements CountyIndex {
  readonly overlay = new Map<string, PersonEntry | null>();
  constructor(
    private readonly fetched: ReadonlyMap<string, PersonDoc>,
    private readonly docIdOf: PersonDocId,
    private readonly lists: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}
  listed(ledger: string, field: string): readonly string[] | undefined {
    return this.lists.get(listedSlot(ledger, field));
  }
  holderOf(id: string): PersonEntry | undefined {
    return this.overlay.has(id) ? (this.overlay.get(id) ?? undefined) : this.fetched.get(id);
  }
  find(ledger: string, personKey: string): PersonEntry | undefined {
    return this.holderOf(this.docIdOf(ledger, personKey));
  }
}

const samePerson = (a: PersonDoc, b: PersonDoc | undefined): boolean =>
  b !== undefined &&
  a.ledger === b.ledger &&
  a.township === b.township &&
  a.key === b.key &&
  a.sheetRow === b.sheetRow &&
  (a.memberCategory ?? null) === (b.memberCategory ?? null) &&
  (a.isTopTalent ?? null) === (b.isTopTalent ?? null) &&
  (a.politicalStatus ?? null) === (b.politicalStatus ?? null) &&
  (a.partySince ?? null) === (b.partySince ?? null) &&
  (a.periodFrom ?? null) === (b.periodFrom ?? null) &&
  (a.periodUntil ?? null) === (b.periodUntil ?? null) &&
  (a.hasErrors ?? false) === (b.hasErrors ?? false);

const staleOutcome = (row: ValidatedRow, old: StoredRow): RowOutcome => ({
  key: row.key,
  row: old.sheetRow,
  result: 'stale',
  status: old.status,
  errors: old.errors,
  warnings: old.warnings,
  storedRevision: old.revision,
});

/**
 * Plans the writes for rows of one tab. `existing` and `persons` are what the transaction read;
 * rows are handled in order, so the first of two rows naming the same person keeps the claim.
 */
export function planChunk(input: {
  target: ChunkTarget;
  rows: readonly ValidatedRow[];
  existing: ReadonlyMap<string, StoredRow>;
  persons: ReadonlyMap<string, PersonDoc>;
  personDocId: PersonDocId;
}): ChunkPlan {
  const { target, existing, personDocId } = input;
  const { ledger } = target;
  const index = new ChunkIndex(input.persons, personDocId, target.listed);
  const plan: ChunkPlan = { outcomes: [], rowWrites: [], personWrites: [], audit: [] };
  const personWrites = new Map<string, PersonDoc | null>();
  /** Writes the index's claim when the stored person document says something else (a new row number…). */
  const keepClaim = (claimId: string | null) => {
    const claim = claimId ? index.holderOf(claimId) : undefined;
    if (claimId && claim && !samePerson(claim, input.persons.get(claimId))) personWrites.set(claimId, claim);
  };

  for (const row of input.rows) {
    const old = existing.get(row.key);
    if (old && row.revision < old.revision) {
      plan.outcomes.push(staleOutcome(row, old));
      continue;
    }
    const self = { township: target.township ?? '', key: row.key };
    const values = row.validation.values as Record<string, unknown>;
    // Release this row's previous claim first, so a row that keeps its person does not collide with itself.
    if (old?.personDocId && !old.deleted) {
      const holder = index.holderOf(old.personDocId);
      if (holder && holder.township === self.township && holder.key === self.key)
        index.overlay.set(old.personDocId, null);
    }
    const countyIssues = checkCountyRules(ledger, values, self, index);
    const countyErrors = countyIssues.filter((i) => i.severity === 'error');
    const countyWarnings = countyIssues.filter((i) => i.severity === 'warning');
    const errors = [...row.validation.errors, ...countyErrors].map(toIssue);
    const warnings = [...row.validation.warnings, ...countyWarnings].map(toIssue);
    const personKey = personKeyOf(ledger, values, target.township);
    const claims = personKey !== null && !countyIssues.some((i) => i.ruleId === 'county.duplicate-person');
    const claimId = claims ? personDocId(ledger.id, personKey) : null;
    if (claimId) {
      // A row with errors still holds its person, so a second row is still a duplicate, but vouches for nothing.
      const at = { ...self, sheetRow: row.sheetRow };
      index.overlay.set(claimId, personEntry(ledger.id, at, values, errors));
    }
    const base = {
      county: target.county,
      township: target.township,
      ledger: ledger.id,
      key: row.key,
      sheetRow: row.sheetRow,
      status: rowStatusOf(errors, warnings),
      record: values,
      cells: row.cells,
      errors,
      warnings,
      personDocId: claimId,
      deleted: false,
    };
    const doc: StoredRow = {
      ...base,
      revision: row.revision,
      fingerprint: fingerprintOf(base),
      spreadsheetId: target.spreadsheetId,
      updatedBy: target.actor,
    };
    const outcome = { key: row.key, row: row.sheetRow, status: doc.status, errors, warnings };
    const live = old && !old.deleted ? old : undefined;
    if (live?.fingerprint === doc.fingerprint) {
      // Same content, same verdict: nothing to write but perhaps a newer revision, and the claim of a row
      // stored before claims recorded `hasErrors` (written once, when the row has errors).
      if (row.revision > live.revision)
        plan.rowWrites.push({ key: row.key, kind: 'update', fields: { revision: row.revision } });
      keepClaim(claimId);
      plan.outcomes.push({ ...outcome, result: 'unchanged' });
      continue;
    }
    if (live && fingerprintOf({ ...base, sheetRow: live.sheetRow }) === live.fingerprint) {
      // Only moved (rows inserted or deleted above it): a new row number here and in its claim, no audit entry.
      const fields = { sheetRow: row.sheetRow, fingerprint: doc.fingerprint, revision: row.revision };
      plan.rowWrites.push({ key: row.key, kind: 'update', fields });
      keepClaim(claimId);
      plan.outcomes.push({ ...outcome, result: 'unchanged', moved: true });
      continue;
    }
    if (live?.personDocId && live.personDocId !== claimId && index.holderOf(live.personDocId) === undefined) {
      personWrites.set(live.personDocId, null);
    }
    keepClaim(claimId);
    plan.rowWrites.push({ key: row.key, kind: 'set', doc });
    plan.audit.push(changedColumns(ledger, old, doc));
    plan.outcomes.push({ ...outcome, result: live ? 'updated' : 'created' });
  }
  plan.personWrites = [...personWrites].map(([id, doc]) => ({ id, doc }));
  return plan;
}
