// What ingest answers for a row it already holds: stale (with the stored revision), updated at an equal
// revision, and a row that only moved (new row number, no audit entry, counted as unchanged and moved).
// Runs over the in-memory store: what the Firestore adapter adds (times) is tested in tests/store/firestore.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memberB, memberRow } from '../fixtures/ledger-rows';
import { COUNTY, ingestBody, USERS } from '../support/ingest-harness';
import { type MemoryHarness, setUpMemoryIngestHarness } from '../support/memory-ingest-harness';

let h: MemoryHarness;
let clerk: string;
beforeAll(async () => {
  h = await setUpMemoryIngestHarness();
  clerk = await h.token(USERS.chengguan!.email);
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const audits = async () => h.store.auditOf(COUNTY).map((entry) => entry.changes);

describe('ingest: rows the store already holds', () => {
  it('(a) answers a stale row with the revision the store holds', async () => {
    await h.post(ingestBody('members', [{ key: 'm1', revision: 5, cells: memberRow }]), clerk);
    const res = await h.post(
      ingestBody('members', [{ key: 'm1', revision: 3, cells: { ...memberRow, 带动农户数: 1 } }]),
      clerk,
    );
    expect(res.body.rows).toEqual([
      { key: 'm1', row: 2, result: 'stale', status: 'ok', errors: [], warnings: [], storedRevision: 5 },
    ]);
    expect(res.body.counts).toMatchObject({ stale: 1, updated: 0, unchanged: 0 });
  });

  it('(b) accepts an equal revision with different content as an update', async () => {
    await h.post(ingestBody('members', [{ key: 'm1', revision: 2, cells: memberRow }]), clerk);
    const res = await h.post(
      ingestBody('members', [{ key: 'm1', revision: 2, cells: { ...memberRow, 带动农户数: 41 } }]),
      clerk,
    );
    expect(res.body.rows[0]).toMatchObject({ result: 'updated', status: 'ok' });
    const doc = h.row('members', 'm1')!;
    expect([doc.revision, doc.record.householdsLed]).toEqual([2, 41]);
    expect((await audits()).at(-1)).toEqual([
      { key: 'm1', row: 2, action: 'updated', columns: ['带动农户数'] },
    ]);
  });

  it('(c) moves a row that only changed its row number: no rewrite, no audit entry, its claim follows', async () => {
    const rows = [
      { key: 'm1', row: 2, cells: memberRow },
      { key: 'm2', row: 3, cells: memberB },
    ];
    await h.post(ingestBody('members', rows), clerk);
    const before = h.row('members', 'm1')!;
    // A row was inserted above both: the same cells arrive one row lower.
    const res = await h.post(
      ingestBody(
        'members',
        rows.map((r) => ({ ...r, row: r.row + 1 })),
      ),
      clerk,
    );
    expect(res.body.rows).toEqual([
      { key: 'm1', row: 3, result: 'unchanged', moved: true, status: 'ok', errors: [], warnings: [] },
      { key: 'm2', row: 4, result: 'unchanged', moved: true, status: 'ok', errors: [], warnings: [] },
    ]);
    expect(res.body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2, moved: 2 });
    const after = h.row('members', 'm1')!;
    // Only the row number (and the fingerprint that covers it) was written: nothing else of the row.
    expect(after).toEqual({ ...before, sheetRow: 3, fingerprint: after.fingerprint });
    expect(after.fingerprint).not.toBe(before.fingerprint);
    const person = h.store.personOf(COUNTY, after.personDocId!)!;
    expect(person.sheetRow).toBe(3);
    expect(await audits()).toHaveLength(1);
    // Sent again, nothing moves any more; a duplicate elsewhere is told the new row number.
    const again = await h.post(
      ingestBody(
        'members',
        rows.map((r) => ({ ...r, row: r.row + 1 })),
      ),
      clerk,
    );
    expect(again.body.counts).toMatchObject({ unchanged: 2, moved: 0 });
    const hekou = await h.token(USERS.hekou!.email);
    const dup = await h.post(
      { ...ingestBody('members', [{ key: 'x1', cells: memberRow }]), township: '河口乡', spreadsheetId: 'h' },
      hekou,
    );
    expect(dup.body.rows[0].errors[0].message).toContain('城关镇「农民党员」第3行');
  });

  it('(c) a moved row whose content also changed is an ordinary update', async () => {
    await h.post(ingestBody('members', [{ key: 'm1', row: 2, cells: memberRow }]), clerk);
    const res = await h.post(
      ingestBody('members', [{ key: 'm1', row: 5, revision: 2, cells: { ...memberRow, 带动农户数: 7 } }]),
      clerk,
    );
    expect(res.body.rows[0]).toMatchObject({ result: 'updated', row: 5 });
    expect(res.body.rows[0].moved).toBeUndefined();
    expect((await audits()).at(-1)).toEqual([
      { key: 'm1', row: 5, action: 'updated', columns: ['带动农户数'] },
    ]);
  });
});
