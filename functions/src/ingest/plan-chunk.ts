// Decides, purely, what one transaction writes for a chunk of validated rows: rows, person claims, audit.
import { createHash } from 'node:crypto';
import type { CellValue } from '../core/cells/cell-value';
import { maskIdNumber } from '../core/id-number';
import type { LedgerDef } from '../core/ledgers';
import {
  type CountyIndex,
  checkCountyRules,
  type PersonEntry,
  personFacts,
  personKeyOf,
  type RowIssue,
  type RowValidation,
} from '../core/validation';
import { type IssueDoc, type PersonDoc, rowStatusOf, type StoredRow } from './stored-row';

export interface ValidatedRow {
  key: string;
  revision: number;
  sheetRow: number | null;
  /** Raw cells by canonical header. */
  cells: StoredRow['cells'];
  validation: RowValidation;
}

export interface ChunkTarget {
  county: string;
  township: string | null;
  ledger: LedgerDef;
  spreadsheetId: string;
  actor: string;
}

export type RowResult = 'created' | 'updated' | 'unchanged' | 'stale';

export interface RowOutcome {
  key: string;
  row: number | null;
  result: RowResult;
  status: StoredRow['status'];
  errors: IssueDoc[];
  warnings: IssueDoc[];
}

export interface AuditChange {
  key: string;
  row: number | null;
  action: 'created' | 'updated' | 'deleted';
  /** Headers of the columns whose value changed. */
  columns: string[];
  /** ID-number columns that changed, masked on both sides. */
  idChanges?: { column: string; from: string | null; to: string | null }[];
}

export interface ChunkPlan {
  outcomes: RowOutcome[];
  /** Full documents to write, or a revision-only update. */
  rowWrites: { key: string; doc: StoredRow | { revision: number } }[];
  personWrites: { id: string; doc: PersonDoc | null }[];
  audit: AuditChange[];
}

export type PersonDocId = (ledgerId: string, personKey: string) => string;

const toIssueDoc = ({ ruleId, field, column, message }: RowIssue): IssueDoc => ({
  ruleId,
  field,
  column,
  message,
});

export function fingerprintOf(
  row: Omit<StoredRow, 'fingerprint' | 'revision' | 'updatedBy' | 'spreadsheetId'>,
): string {
  const canonical = JSON.stringify([
    row.township,
    row.sheetRow,
    row.status,
    row.deleted,
    row.personDocId,
    Object.entries(row.cells).sort(([a], [b]) => (a < b ? -1 : 1)),
    row.errors.map((e) => e.message),
    row.warnings.map((e) => e.message),
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}

/** The county index as this chunk sees it: fetched person documents plus the claims made so far. */
class ChunkIndex implements CountyIndex {
  readonly overlay = new Map<string, PersonEntry | null>();
  constructor(
    private readonly fetched: ReadonlyMap<string, PersonDoc>,
    private readonly docIdOf: PersonDocId,
  ) {}
  holderOf(id: string): PersonEntry | undefined {
    return this.overlay.has(id) ? (this.overlay.get(id) ?? undefined) : this.fetched.get(id);
  }
  find(ledger: string, personKey: string): PersonEntry | undefined {
    return this.holderOf(this.docIdOf(ledger, personKey));
  }
}

function changedColumns(ledger: LedgerDef, before: StoredRow | undefined, after: StoredRow): AuditChange {
  const columns: string[] = [];
  const idChanges: NonNullable<AuditChange['idChanges']> = [];
  for (const field of ledger.fields) {
    const was = before && !before.deleted ? (before.cells[field.header] ?? null) : null;
    const now = after.cells[field.header] ?? null;
    if (was === now) continue;
    columns.push(field.header);
    if (field.kind === 'idNumber') {
      idChanges.push({
        column: field.header,
        from: was === null ? null : maskIdNumber(String(was)),
        to: now === null ? null : maskIdNumber(String(now)),
      });
    }
  }
  const action = before && !before.deleted ? 'updated' : 'created';
  return { key: after.key, row: after.sheetRow, action, columns, ...(idChanges.length ? { idChanges } : {}) };
}

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
  const index = new ChunkIndex(input.persons, personDocId);
  const plan: ChunkPlan = { outcomes: [], rowWrites: [], personWrites: [], audit: [] };
  const personWrites = new Map<string, PersonDoc | null>();

  for (const row of input.rows) {
    const old = existing.get(row.key);
    if (old && row.revision < old.revision) {
      plan.outcomes.push({
        key: row.key,
        row: old.sheetRow,
        result: 'stale',
        status: old.status,
        errors: old.errors,
        warnings: old.warnings,
      });
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
    const errors = [...row.validation.errors, ...countyIssues].map(toIssueDoc);
    const warnings = row.validation.warnings.map(toIssueDoc);
    const personKey = personKeyOf(ledger, values, target.township);
    const claims = personKey !== null && !countyIssues.some((i) => i.ruleId === 'county.duplicate-person');
    const claimId = claims ? personDocId(ledger.id, personKey) : null;
    if (claimId) {
      index.overlay.set(claimId, {
        ledger: ledger.id,
        ...self,
        sheetRow: row.sheetRow,
        ...personFacts(ledger.id, values),
      });
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
    if (old && !old.deleted && old.fingerprint === doc.fingerprint) {
      // Same content, same verdict (and so the same claim): nothing to write but perhaps a newer revision.
      if (row.revision > old.revision) plan.rowWrites.push({ key: row.key, doc: { revision: row.revision } });
      plan.outcomes.push({ ...outcome, result: 'unchanged' });
      continue;
    }
    if (
      old?.personDocId &&
      old.personDocId !== claimId &&
      !old.deleted &&
      index.holderOf(old.personDocId) === undefined
    ) {
      personWrites.set(old.personDocId, null);
    }
    const claim = claimId ? index.holderOf(claimId) : undefined;
    if (claimId && claim && !samePerson(claim, input.persons.get(claimId))) personWrites.set(claimId, claim);
    plan.rowWrites.push({ key: row.key, doc });
    plan.audit.push(changedColumns(ledger, old, doc));
    plan.outcomes.push({ ...outcome, result: old && !old.deleted ? 'updated' : 'created' });
  }
  plan.personWrites = [...personWrites].map(([id, doc]) => ({ id, doc }));
  return plan;
}

const samePerson = (a: PersonDoc, b: PersonDoc | undefined): boolean =>
  b !== undefined &&
  a.ledger === b.ledger &&
  a.township === b.township &&
  a.key === b.key &&
  a.sheetRow === b.sheetRow &&
  (a.memberCategory ?? null) === (b.memberCategory ?? null) &&
  (a.isTopTalent ?? null) === (b.isTopTalent ?? null) &&
  (a.politicalStatus ?? null) === (b.politicalStatus ?? null);

/** Plans tombstones for stored rows no longer in the sheet; their person claims are released. */
export function planTombstones(
  rows: readonly StoredRow[],
  persons: ReadonlyMap<string, PersonDoc>,
): Pick<ChunkPlan, 'rowWrites' | 'personWrites' | 'audit'> {
  const plan: Pick<ChunkPlan, 'rowWrites' | 'personWrites' | 'audit'> = {
    rowWrites: [],
    personWrites: [],
    audit: [],
  };
  for (const row of rows) {
    if (row.deleted) continue;
    const tombstone = { ...row, deleted: true, personDocId: null };
    plan.rowWrites.push({ key: row.key, doc: { ...tombstone, fingerprint: fingerprintOf(tombstone) } });
    if (row.personDocId) {
      const holder = persons.get(row.personDocId);
      if (holder && holder.township === (row.township ?? '') && holder.key === row.key) {
        plan.personWrites.push({ id: row.personDocId, doc: null });
      }
    }
    plan.audit.push({ key: row.key, row: row.sheetRow, action: 'deleted', columns: [] });
  }
  return plan;
}

export type { CellValue };
