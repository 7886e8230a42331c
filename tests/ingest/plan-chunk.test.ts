// planChunk decides, over what a transaction read, each row's outcome, its write and its person claim.
import { describe, expect, it } from 'vitest';
import { membersLedger } from '../../functions/src/core/ledgers';
import type { ChunkPlan, ChunkTarget, PersonDocId } from '../../functions/src/ingest/chunk-types';
import { planChunk } from '../../functions/src/ingest/plan-chunk';
import type { PersonDoc, StoredRow } from '../../functions/src/ingest/stored-row';
import { type SentRow, validatedRow } from '../../functions/src/ingest/validated-row';
import { ID, memberRow, TODAY } from '../fixtures/ledger-rows';

const target: ChunkTarget = {
  county: '示范县',
  township: '城关镇',
  ledger: membersLedger,
  spreadsheetId: 'sheet-chengguan',
  actor: 'clerk@chengguan.example',
};
/** Readable ids: the plan never needs to know how a store names its person documents. */
const personDocId: PersonDocId = (ledger, key) => `${ledger}_${key}`;
const memberB = { ...memberRow, 姓名: '赵德明', 身份证号: ID.memberB, 村级职务: '无' };
const claimA = `members_${ID.memberA}`;
const claimB = `members_${ID.memberB}`;

const entry = (key: string, sheetRow: number, over: Partial<PersonDoc> = {}): PersonDoc => ({
  ledger: 'members',
  township: '城关镇',
  key,
  sheetRow,
  memberCategory: '正式党员',
  hasErrors: false,
  ...over,
});

/** Plans `rows` over a store holding what `before` left (rows and claims written by an earlier plan). */
function plan(rows: SentRow[], before?: ChunkPlan): ChunkPlan {
  const existing = new Map<string, StoredRow>();
  const persons = new Map<string, PersonDoc>();
  for (const w of before?.rowWrites ?? []) if (w.kind === 'set') existing.set(w.key, w.doc);
  for (const { id, doc } of before?.personWrites ?? []) if (doc) persons.set(id, doc);
  const validated = rows.map((r) => validatedRow(membersLedger, r, TODAY));
  return planChunk({ target, rows: validated, existing, persons, personDocId });
}

describe('planChunk', () => {
  it('creates a new row, claims its person and audits every column it fills', () => {
    const p = plan([{ key: 'm1', revision: 1, row: 2, cells: memberRow }]);
    expect(p.outcomes).toEqual([
      { key: 'm1', row: 2, result: 'created', status: 'ok', errors: [], warnings: [] },
    ]);
    expect(p.rowWrites).toHaveLength(1);
    expect(p.rowWrites[0]).toMatchObject({
      key: 'm1',
      kind: 'set',
      doc: { key: 'm1', sheetRow: 2, revision: 1, status: 'ok', personDocId: claimA, deleted: false },
    });
    expect(p.personWrites).toEqual([{ id: claimA, doc: entry('m1', 2) }]);
    expect(p.audit).toHaveLength(1);
    expect(p.audit[0]).toMatchObject({ key: 'm1', row: 2, action: 'created' });
    expect(p.audit[0]!.idChanges).toEqual([{ column: '身份证号', from: null, to: '430521********0114' }]);
  });

  it('lets the first of two rows naming one person keep the claim; the second is a duplicate and claims nothing', () => {
    const p = plan([
      { key: 'm1', revision: 1, row: 2, cells: memberRow },
      { key: 'm2', revision: 1, row: 3, cells: { ...memberRow, 姓名: '王建民' } },
    ]);
    expect(p.outcomes.map((o) => [o.key, o.status, o.errors.map((e) => e.ruleId)])).toEqual([
      ['m1', 'ok', []],
      ['m2', 'error', ['county.duplicate-person']],
    ]);
    expect(p.personWrites).toEqual([{ id: claimA, doc: entry('m1', 2) }]);
    const second = p.rowWrites[1]!;
    expect(second.kind === 'set' && second.doc.personDocId).toBe(null);
  });

  it('answers a row older than the stored one as stale and writes nothing', () => {
    const first = plan([{ key: 'm1', revision: 5, row: 2, cells: memberRow }]);
    const p = plan([{ key: 'm1', revision: 3, row: 2, cells: { ...memberRow, 带动农户数: 1 } }], first);
    expect(p).toEqual({
      outcomes: [
        { key: 'm1', row: 2, result: 'stale', status: 'ok', errors: [], warnings: [], storedRevision: 5 },
      ],
      rowWrites: [],
      personWrites: [],
      audit: [],
    });
  });

  it('writes only the newer revision of a row sent again unchanged', () => {
    const first = plan([{ key: 'm1', revision: 1, row: 2, cells: memberRow }]);
    const p = plan([{ key: 'm1', revision: 2, row: 2, cells: memberRow }], first);
    expect(p).toEqual({
      outcomes: [{ key: 'm1', row: 2, result: 'unchanged', status: 'ok', errors: [], warnings: [] }],
      rowWrites: [{ key: 'm1', kind: 'update', fields: { revision: 2 } }],
      personWrites: [],
      audit: [],
    });
  });

  it('moves a row that only changed its row number: its claim follows, no audit entry', () => {
    const first = plan([{ key: 'm1', revision: 1, row: 2, cells: memberRow }]);
    const p = plan([{ key: 'm1', revision: 1, row: 3, cells: memberRow }], first);
    expect(p.outcomes).toEqual([
      { key: 'm1', row: 3, result: 'unchanged', moved: true, status: 'ok', errors: [], warnings: [] },
    ]);
    expect(p.rowWrites).toEqual([
      { key: 'm1', kind: 'update', fields: { sheetRow: 3, fingerprint: expect.any(String), revision: 1 } },
    ]);
    expect(p.personWrites).toEqual([{ id: claimA, doc: entry('m1', 3) }]);
    expect(p.audit).toEqual([]);
  });

  it('releases the old claim of a row that now names another person, and claims the new one', () => {
    const first = plan([{ key: 'm1', revision: 1, row: 2, cells: memberRow }]);
    const p = plan([{ key: 'm1', revision: 2, row: 2, cells: memberB }], first);
    expect(p.outcomes[0]).toMatchObject({ result: 'updated', status: 'ok' });
    expect(p.personWrites).toEqual([
      { id: claimA, doc: null },
      { id: claimB, doc: entry('m1', 2) },
    ]);
  });

  it('lets a row keep its own person without colliding with itself, and hands a freed person to the next row', () => {
    const first = plan([{ key: 'm1', revision: 1, row: 2, cells: memberRow }]);
    // m1 now names B; m2 takes A, which m1 gave up in the same chunk.
    const p = plan(
      [
        { key: 'm1', revision: 2, row: 2, cells: memberB },
        { key: 'm2', revision: 1, row: 3, cells: memberRow },
      ],
      first,
    );
    expect(p.outcomes.map((o) => [o.key, o.result, o.status])).toEqual([
      ['m1', 'updated', 'ok'],
      ['m2', 'created', 'ok'],
    ]);
    // A was first released by m1 (a delete), then claimed by m2: one write of A, the claim, where the release was.
    expect(p.personWrites).toEqual([
      { id: claimA, doc: entry('m2', 3) },
      { id: claimB, doc: entry('m1', 2) },
    ]);
  });

  it('keeps the claim of a row with errors, marked as vouching for nothing', () => {
    const p = plan([{ key: 'm1', revision: 1, row: 2, cells: { ...memberRow, 入党日期: '2099-01-01' } }]);
    expect(p.outcomes[0]!.status).toBe('error');
    expect(p.personWrites).toEqual([{ id: claimA, doc: entry('m1', 2, { hasErrors: true }) }]);
  });
});
