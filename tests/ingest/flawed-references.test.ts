// Through ingest: a 农民党员 row with errors keeps its person but cannot make anyone a 2+1 mentor.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashIdNumber } from '../../functions/src/core/id-number/hash-id-number';
import { ID, memberRow, pairRow, talentRow } from '../fixtures/ledger-rows';
import { COUNTY, ingestBody, TEST_SECRET, USERS } from '../support/ingest-harness';
import { type MemoryHarness, setUpMemoryIngestHarness } from '../support/memory-ingest-harness';

let h: MemoryHarness;
let clerk: string;
beforeAll(async () => {
  h = await setUpMemoryIngestHarness();
  clerk = await h.token(USERS.chengguan!.email);
});
afterAll(() => h.close());
beforeEach(() => h.reset());

/** 正式党员 though joined this year (today is 2026-11-25): an error on 党员类别. */
const earlyFullMember = { ...memberRow, 姓名: '赵德明', 身份证号: ID.memberB, 入党日期: '2026-03-01' };
const FLAWED_MENTOR =
  '帮带人二身份证号：此人在城关镇「农民党员」第3行的登记有错误，不能作为“2+1”帮带人的依据；须先改正该行，再全量同步本表';
const personDocId = (ledger: string, id: string) => `${ledger}_${hashIdNumber(id, TEST_SECRET)}`;
const personOf = (ledger: string, id: string) => h.store.personOf(COUNTY, personDocId(ledger, id));
const messagesOf = (res: { body: { rows: { errors: { message: string }[] }[] } }) =>
  res.body.rows.map((r) => r.errors.map((e) => e.message));
const members = (m2: Record<string, unknown>, revision = 1) =>
  ingestBody('members', [
    { key: 'm1', revision, cells: memberRow },
    { key: 'm2', revision, cells: m2 },
  ]);

describe('ingest: a referenced row with errors', () => {
  it('holds its person but is no 2+1 mentor until it is corrected', async () => {
    const stored = await h.post(members(earlyFullMember), clerk);
    expect(messagesOf(stored)).toEqual([
      [],
      ['党员类别：入党不满一年（2027-03-01 才满一年），党员类别应为预备党员'],
    ]);
    expect(personOf('members', ID.memberB)).toMatchObject({
      key: 'm2',
      sheetRow: 3,
      memberCategory: '正式党员',
      hasErrors: true,
    });
    await h.post(ingestBody('talents', [{ key: 't1', cells: talentRow }]), clerk);

    const pair = ingestBody('pairs', [{ key: 'p1', cells: pairRow }]);
    const flawed = await h.post(pair, clerk);
    expect(flawed.body.rows[0]).toMatchObject({ result: 'created', status: 'error' });
    expect(messagesOf(flawed)).toEqual([[FLAWED_MENTOR]]);

    // The same person in another township is still a duplicate.
    const hekou = await h.token(USERS.hekou!.email);
    const twice = await h.post(
      {
        ...ingestBody('members', [{ key: 'x1', cells: earlyFullMember }]),
        township: '河口乡',
        spreadsheetId: 'sheet-hekou',
      },
      hekou,
    );
    expect(messagesOf(twice)).toEqual([
      [
        '党员类别：入党不满一年（2027-03-01 才满一年），党员类别应为预备党员',
        '身份证号：此人已登记，在城关镇「农民党员」第3行；全县每人只能登记一次，请核对后删除重复行',
      ],
    ]);

    // Corrected, then the pair tab synced again: the pair is fine.
    await h.post(members({ ...earlyFullMember, 入党日期: '2020-07-01' }, 2), clerk);
    expect(personOf('members', ID.memberB)).toMatchObject({ hasErrors: false });
    const fixed = await h.post(pair, clerk);
    expect(fixed.body.rows[0]).toMatchObject({ result: 'updated', status: 'ok', errors: [] });
  });

  it('trusts a person stored before errors were recorded, and records them at the next sync', async () => {
    await h.post(members(earlyFullMember), clerk);
    await h.post(ingestBody('talents', [{ key: 't1', cells: talentRow }]), clerk);
    // As stored before `hasErrors` was recorded: the same person document without it.
    const { hasErrors: _, ...legacy } = personOf('members', ID.memberB)!;
    const tab = { county: COUNTY, township: '城关镇', ledgerId: 'members' };
    await h.store.transact(tab, { actor: 'migration', spreadsheetId: '' }, async () => ({
      rowWrites: [],
      personWrites: [{ id: personDocId('members', ID.memberB), doc: legacy }],
      audit: [],
    }));

    const pair = ingestBody('pairs', [{ key: 'p1', cells: pairRow }]);
    expect((await h.post(pair, clerk)).body.rows[0]).toMatchObject({ status: 'ok', errors: [] });

    const again = await h.post(members(earlyFullMember), clerk);
    expect(again.body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(personOf('members', ID.memberB)).toMatchObject({ hasErrors: true });
    expect(personOf('members', ID.memberA)).toMatchObject({ hasErrors: false });
    const flawed = await h.post(pair, clerk);
    expect(flawed.body.rows[0]).toMatchObject({ result: 'updated', status: 'error' });
    expect(messagesOf(flawed)).toEqual([[FLAWED_MENTOR]]);
  });
});
