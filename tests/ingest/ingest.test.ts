import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashIdNumber } from '../../functions/src/core/id-number/hash-id-number';
import {
  baseRow,
  ID,
  memberB,
  memberRow,
  pairRow,
  qualitativeRow,
  talentRow,
  townshipSettingRow,
  trainingRow,
} from '../fixtures/ledger-rows';
import {
  COUNTY,
  type Harness,
  ingestBody,
  ingestCounts,
  setUpIngestHarness,
  TEST_SECRET,
  USERS,
} from '../support/ingest-harness';

let h: Harness;
let clerk: string;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
  clerk = await h.token(USERS.chengguan!.email);
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const rowsOf = (ledger: string, township = '城关镇') =>
  h.db.collection('counties').doc(COUNTY).collection('townships').doc(township).collection(ledger);

describe('ingest: happy path per ledger', () => {
  it('stores a talent row with its record, raw cells, status, revision and author', async () => {
    const res = await h.post(
      ingestBody('talents', [{ key: 't1', revision: 3, row: 5, cells: talentRow }]),
      clerk,
    );
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      { key: 't1', row: 5, result: 'created', status: 'ok', errors: [], warnings: [] },
    ]);
    expect(res.body.counts).toEqual(ingestCounts({ received: 1, created: 1 }));
    const doc = (await rowsOf('talents').doc('t1').get()).data()!;
    expect(doc).toMatchObject({
      county: COUNTY,
      township: '城关镇',
      ledger: 'talents',
      key: 't1',
      sheetRow: 5,
      revision: 3,
      status: 'ok',
      deleted: false,
      updatedBy: USERS.chengguan!.email,
      spreadsheetId: 'sheet-chengguan',
      personDocId: `talents_${hashIdNumber(ID.talentA, TEST_SECRET)}`,
    });
    expect(doc.record.politicalStatus).toBe('发展对象');
    expect(doc.record.appliedOn).toBe('2023-04-10');
    expect(doc.cells.入党申请日期).toBe('2023/4/10');
    const person = (await h.db.doc(`counties/${COUNTY}/persons/${doc.personDocId}`).get()).data()!;
    expect(person).toMatchObject({
      ledger: 'talents',
      township: '城关镇',
      key: 't1',
      sheetRow: 5,
      politicalStatus: '发展对象',
      isTopTalent: true,
    });
    expect(JSON.stringify(person)).not.toContain(ID.talentA);
  });

  it('stores members, then a 2+1 pair whose mentors they are, trainings and bases', async () => {
    const members = await h.post(
      ingestBody('members', [
        { key: 'm1', cells: memberRow },
        { key: 'm2', cells: memberB },
      ]),
      clerk,
    );
    expect(members.body.counts.created).toBe(2);
    const talents = await h.post(ingestBody('talents', [{ key: 't1', cells: talentRow }]), clerk);
    expect(talents.body.counts.created).toBe(1);
    const pairs = await h.post(ingestBody('pairs', [{ key: 'p1', cells: pairRow }]), clerk);
    expect(pairs.body.rows[0]).toMatchObject({ result: 'created', status: 'ok', errors: [] });
    const trainings = await h.post(ingestBody('trainings', [{ key: 'c1', cells: trainingRow }]), clerk);
    expect(trainings.body.rows[0]).toMatchObject({ status: 'ok' });
    const bases = await h.post(ingestBody('bases', [{ key: 'b1', cells: baseRow }]), clerk);
    expect(bases.body.rows[0]).toMatchObject({ status: 'ok' });
    expect((await rowsOf('bases').doc('b1').get()).data()!.record.annualOutputWan).toBe(120.5);
  });

  it('lets a county leader push the county tabs', async () => {
    const leader = await h.token(USERS.leader!.email);
    const body = {
      spreadsheetId: 'county-sheet',
      county: COUNTY,
      ledger: 'townshipSettings',
      rows: [{ key: 's1', revision: 1, cells: townshipSettingRow }],
    };
    expect((await h.post(body, leader)).status).toBe(200);
    const scores = {
      ...body,
      ledger: 'qualitativeScores',
      rows: [{ key: 'q1', revision: 1, cells: qualitativeRow }],
    };
    expect((await h.post(scores, leader)).body.rows[0].status).toBe('ok');
    const doc = (await h.db.doc(`counties/${COUNTY}/qualitativeScores/q1`).get()).data()!;
    expect(doc).toMatchObject({ township: null, record: { year: 2026, township: '城关镇', score: 88 } });
  });

  it('answers bad rows with Chinese messages per column and stores them as errors', async () => {
    const bad = { ...talentRow, 身份证号: '430521199005021232', 入库日期: '2026-12-01' };
    const res = await h.post(ingestBody('talents', [{ key: 't1', cells: bad }]), clerk);
    expect(res.status).toBe(200);
    expect(res.body.rows[0]).toEqual({
      key: 't1',
      row: 2,
      result: 'created',
      status: 'error',
      errors: [
        {
          ruleId: 'cell.format',
          field: 'idNumber',
          column: '身份证号',
          message: '身份证号：校验位应为 1，请核对',
        },
        {
          ruleId: 'date.not-future',
          field: 'registeredOn',
          column: '入库日期',
          message: '入库日期：2026-12-01 晚于今天（2026-11-25），请核对',
        },
      ],
      warnings: [],
    });
    const doc = (await rowsOf('talents').doc('t1').get()).data()!;
    expect(doc.status).toBe('error');
    expect(doc.personDocId).toBeNull();
  });

  it('refuses a 2+1 pair whose mentor is not a full member, naming the row that holds him', async () => {
    await h.post(
      ingestBody('members', [
        { key: 'm1', cells: memberRow },
        { key: 'm2', row: 9, cells: { ...memberB, 党员类别: '预备党员', 入党日期: '2026-01-10' } },
      ]),
      clerk,
    );
    await h.post(ingestBody('talents', [{ key: 't1', cells: talentRow }]), clerk);
    const res = await h.post(ingestBody('pairs', [{ key: 'p1', cells: pairRow }]), clerk);
    expect(res.body.rows[0].errors.map((e: { message: string }) => e.message)).toEqual([
      '帮带人二身份证号：此人在城关镇「农民党员」第9行登记为预备党员；“2+1”帮带人须是正式党员',
    ]);
  });
});

describe('ingest: idempotency and revisions', () => {
  it('changes nothing when the same request is sent twice', async () => {
    const body = ingestBody('members', [
      { key: 'm1', cells: memberRow },
      { key: 'm2', cells: memberB },
    ]);
    await h.post(body, clerk);
    const before = await rowsOf('members').get();
    const again = await h.post(body, clerk);
    expect(again.body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const after = await rowsOf('members').get();
    expect(after.docs.map((d) => d.updateTime.toMillis())).toEqual(
      before.docs.map((d) => d.updateTime.toMillis()),
    );
    const audit = await h.db.collection(`counties/${COUNTY}/audit`).get();
    expect(audit.size).toBe(1);
  });

  it('ignores an older revision and applies a newer one', async () => {
    await h.post(ingestBody('members', [{ key: 'm1', revision: 5, cells: memberRow }]), clerk);
    const stale = await h.post(
      ingestBody('members', [{ key: 'm1', revision: 4, cells: { ...memberRow, 带动农户数: 99 } }]),
      clerk,
    );
    expect(stale.body.rows[0]).toMatchObject({ result: 'stale', status: 'ok' });
    expect((await rowsOf('members').doc('m1').get()).data()!.record.householdsLed).toBe(30);
    const newer = await h.post(
      ingestBody('members', [{ key: 'm1', revision: 6, cells: { ...memberRow, 带动农户数: 40 } }]),
      clerk,
    );
    expect(newer.body.rows[0]).toMatchObject({ result: 'updated' });
    const doc = (await rowsOf('members').doc('m1').get()).data()!;
    expect([doc.revision, doc.record.householdsLed]).toEqual([6, 40]);
    const audit = await h.db.collection(`counties/${COUNTY}/audit`).orderBy('at').get();
    expect(audit.docs.at(-1)!.data().changes).toEqual([
      { key: 'm1', row: 2, action: 'updated', columns: ['带动农户数'] },
    ]);
  });

  it('masks ID numbers in the audit log', async () => {
    await h.post(ingestBody('members', [{ key: 'm1', cells: memberRow }]), clerk);
    await h.post(
      ingestBody('members', [
        { key: 'm1', revision: 2, cells: { ...memberRow, 身份证号: ID.memberC, 性别: '女' } },
      ]),
      clerk,
    );
    const audit = await h.db.collection(`counties/${COUNTY}/audit`).orderBy('at').get();
    const last = audit.docs.at(-1)!.data().changes[0];
    expect(last.idChanges).toEqual([
      { column: '身份证号', from: '430521********0114', to: '430521********072X' },
    ]);
    for (const d of audit.docs) expect(JSON.stringify(d.data())).not.toMatch(/\d{17}[\dX]/);
  });

  it('turns rows missing from a full sync into tombstones and frees their person', async () => {
    await h.post(
      ingestBody('members', [
        { key: 'm1', cells: memberRow },
        { key: 'm2', cells: memberB },
      ]),
      clerk,
    );
    const res = await h.post(ingestBody('members', [], { liveKeys: ['m1'] }), clerk);
    expect(res.body.counts.deleted).toBe(1);
    const m2 = (await rowsOf('members').doc('m2').get()).data()!;
    expect([m2.deleted, m2.personDocId]).toEqual([true, null]);
    expect((await h.db.collection(`counties/${COUNTY}/persons`).get()).size).toBe(1);
    // The same person may now be registered elsewhere.
    const hekou = await h.token(USERS.hekou!.email);
    const moved = await h.post(
      {
        ...ingestBody('members', [{ key: 'x1', cells: memberB }]),
        township: '河口乡',
        spreadsheetId: 'sheet-hekou',
      },
      hekou,
    );
    expect(moved.body.rows[0].status).toBe('ok');
  });
});

describe('ingest: one person once per ledger in the county', () => {
  it('lets exactly one of two racing clerks register the same person', async () => {
    const hekou = await h.token(USERS.hekou!.email);
    const [a, b] = await Promise.all([
      h.post(ingestBody('members', [{ key: 'a1', row: 4, cells: memberRow }]), clerk),
      h.post(
        {
          ...ingestBody('members', [{ key: 'b1', row: 7, cells: memberRow }]),
          township: '河口乡',
          spreadsheetId: 'sheet-hekou',
        },
        hekou,
      ),
    ]);
    const statuses = [a.body.rows[0].status, b.body.rows[0].status].sort();
    expect(statuses).toEqual(['error', 'ok']);
    const loser = a.body.rows[0].status === 'error' ? a : b;
    const winner = loser === a ? '河口乡「农民党员」第7行' : '城关镇「农民党员」第4行';
    expect(loser.body.rows[0].errors[0].message).toBe(
      `身份证号：此人已登记，在${winner}；全县每人只能登记一次，请核对后删除重复行`,
    );
    expect((await h.db.collection(`counties/${COUNTY}/persons`).get()).size).toBe(1);
  });

  it('flags the second of two rows with the same person in one request', async () => {
    const res = await h.post(
      ingestBody('members', [
        { key: 'm1', row: 2, cells: memberRow },
        { key: 'm2', row: 3, cells: memberRow },
      ]),
      clerk,
    );
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['ok', 'error']);
    expect(res.body.rows[1].errors[0].message).toContain('城关镇「农民党员」第2行');
  });
});
