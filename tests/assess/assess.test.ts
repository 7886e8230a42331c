import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLatestSnapshot } from '../../functions/src/store/firestore/snapshots';
import { DUPLICATE_MESSAGE } from '../fixtures/assessment-county';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';
import { pushFixtureCounty } from '../support/push-fixture-county';

let h: Harness;
let clerks: Record<string, string>;

beforeAll(async () => {
  process.env.SHUANGPEI_SUMMARIES = 'none';
  h = await setUpIngestHarness(import.meta.url);
  const pushed = await pushFixtureCounty(h);
  clerks = pushed.clerks;
  // The county's own tabs (settings, scores, menu, 联系点, 督办记录) all pass.
  const countyAnswers = pushed.answers.filter((a) => a.township === null);
  expect(countyAnswers).toHaveLength(5);
  for (const a of countyAnswers)
    expect((a.body as { rows: { errors: unknown[] }[] }).rows.flatMap((r) => r.errors)).toEqual([]);
});
afterAll(() => h.close());

let sent = 0;
const publish = (data: unknown, id = `msg-${++sent}`) =>
  request(getTestServer('assess'))
    .post('/')
    .set({
      'ce-specversion': '1.0',
      'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
      'ce-source': '//pubsub.googleapis.com/projects/demo/topics/assess',
      'ce-id': id,
      'content-type': 'application/json',
    })
    .send({
      message: { data: Buffer.from(JSON.stringify(data)).toString('base64') },
      subscription: 'projects/demo/subscriptions/assess',
    });

const E1_LEFT_OUT = {
  row: 'talents/e1',
  township: '城关镇',
  sheetRow: 8,
  column: '身份证号',
  message: '身份证号：校验位应为 1，请核对',
};

describe('assess on the emulator, fed through ingest', () => {
  it('assesses the county from a Pub/Sub CloudEvent and keeps a snapshot with the exact ranking', async () => {
    const res = await publish({ county: COUNTY, year: 2026 }, 'msg-first');
    expect(res.status).toBe(204);
    const snapshot = (await readLatestSnapshot(h.db, COUNTY, 2026)) as Record<string, any>;
    expect(snapshot.id).toBe('2026-11-25_emsg-first'); // today and the Pub/Sub message ID
    expect(
      snapshot.ranking.map((t: any) => [t.rank, t.township, t.quantitative, t.total, t.band, t.mark]),
    ).toEqual([
      [1, '城关镇', 80.48, 84.34, '良好', 'reward'],
      // 青山乡 has no row (未提交): not ranked. Three townships: one 表彰 and one 通报批评 (mark-counts.ts).
      [2, '白沙镇', 78.5, 78.95, '合格', null],
      [3, '河口乡', 78.5, 78.95, '合格', 'criticism'],
    ]);
    expect(snapshot.statistics.find((s: any) => s.key === 'talentPool')).toMatchObject({
      value: 10,
      lastYear: 9,
    });
    expect(snapshot.dataQuality[0]).toMatchObject({
      township: '城关镇',
      rows: 26,
      withErrors: 2,
      duplicates: 1,
    });
    const cg = snapshot.townships['城关镇'];
    // e1 (a wrong check digit) is left out of every figure; the trace says why (issue 14, defect 9).
    expect(cg.traces.development).toEqual([
      { label: '发展党员完成率', rows: ['talents/t3'], leftOut: [E1_LEFT_OUT] },
    ]);
    expect(cg.duplicateRows).toEqual([
      { ledger: 'members', key: 'e2', sheetRow: 6, message: DUPLICATE_MESSAGE },
    ]);
    expect(cg.reminders.map((r: any) => r.kind)).toEqual([
      'pairOverdue',
      'pairNoContact',
      'pairNoContact',
      'activistReady',
      'probationOverdue',
      'behindTarget',
    ]);
    expect(snapshot.trainingRequests[0]).toMatchObject({
      township: '城关镇',
      requests: 2,
      pending: 1,
      scheduled: 0,
      completed: 1,
      rejected: 0,
      withdrawn: 0,
      served: 1,
    });
    // The store fetches what matching reads (培训名称 among them), so the class still serves its request.
    expect(snapshot.trainingRequests[0].lines.map((l: any) => [l.requestNo, l.servedBy])).toEqual([
      ['2026-01', '2026-03-10 柑橘栽培培训班2026-03-10'],
      ['2026-02', null],
    ]);
    expect(snapshot.liaison.townships.map((t: any) => [t.township, t.visits, t.overdue])).toEqual([
      ['城关镇', 2, false],
      ['河口乡', 1, true],
      ['白沙镇', 0, true],
      ['青山乡', 0, true],
    ]);
    expect(JSON.stringify(snapshot)).not.toMatch(/430521\d{11}[\dX]/);
  });

  it('writes one snapshot for an event Pub/Sub delivers again, whole each time', async () => {
    const snapshots = () => h.db.collection(`counties/${COUNTY}/assessments/2026/snapshots`);
    const before = (await snapshots().get()).size;
    for (let i = 0; i < 3; i++) expect((await publish({ county: COUNTY }, 'msg-retried')).status).toBe(204);
    expect((await snapshots().get()).size).toBe(before + 1);
    const again = snapshots().doc('2026-11-25_emsg-retried');
    expect((await again.collection('townships').get()).docs.map((d) => [d.id, d.data().pages])).toEqual([
      ['城关镇', 1],
      ['河口乡', 1],
      ['白沙镇', 1],
    ]);
    expect((await again.collection('pages').get()).size).toBe(3);
    const latest = (await readLatestSnapshot(h.db, COUNTY, 2026)) as Record<string, any>;
    expect([latest.id, latest.townships['城关镇'].traces.development]).toEqual([
      '2026-11-25_emsg-retried',
      [{ label: '发展党员完成率', rows: ['talents/t3'], leftOut: [E1_LEFT_OUT] }],
    ]);
  });

  it('acknowledges a malformed message without doing anything', async () => {
    const res = await publish('not an object');
    expect(res.status).toBe(204);
  });

  it('lets a county leader reassess now; refuses a clerk', async () => {
    const server = getTestServer('assessNow');
    const leader = await h.token(USERS.leader!.email);
    const ok = await request(server)
      .post('/')
      .set('authorization', `Bearer ${leader}`)
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ county: COUNTY }));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ county: COUNTY, year: 2026, townships: 3, published: [] });
    expect(ok.body.ranking[0]).toEqual({
      township: '城关镇',
      rank: 1,
      total: 84.34,
      band: '良好',
      mark: 'reward', // every ranked township has its 定性考评 (青山乡, without any row, is not ranked)
    });
    const clerk = await request(server)
      .post('/')
      .set('authorization', `Bearer ${clerks['城关镇']}`)
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ county: COUNTY }));
    expect(clerk.status).toBe(403);
    expect(clerk.body.error.code).toBe('ASSESS_ONLY_LEADER');
  });
  it('refuses, in Chinese, new-ledger rows that name what does not exist', async () => {
    const post = (ledger: string, cells: Record<string, unknown>) =>
      h.post(
        {
          spreadsheetId: 'sheet-城关镇',
          county: COUNTY,
          township: '城关镇',
          ledger,
          rows: [{ key: 'z1', revision: 1, row: 9, cells }],
        },
        clerks['城关镇'],
      );
    const log = await post('mentoringLogs', {
      帮带类型: '1+1',
      被帮带人身份证号: '430521199005021231',
      帮带日期: '2026-10-01',
      帮带形式: '上门走访',
      帮带内容: '交流',
    });
    expect(log.body.rows[0].errors.map((e: any) => e.message)).toEqual([
      '被帮带人身份证号：全县「帮带结对」中没有这个被帮带人的同类结对；请核对身份证号和帮带类型，或先登记结对',
    ]);
    const request = await post('trainingRequests', {
      申报编号: '2026-09',
      课程名称: '无人机植保',
      期望开始日期: '2026-12-01',
      预计参训人数: 30,
      状态: '待审核',
    });
    expect(request.body.rows[0].errors.map((e: any) => e.message)).toEqual([
      '课程名称：不在县级「培训菜单」中；请从菜单中选择课程，名称须完全一致',
    ]);
    // 河口乡 and 白沙镇 both use 申报编号 2026-01: unique per township, not across the county.
    const hekou = await h.db
      .collection(`counties/${COUNTY}/townships/河口乡/trainingRequests`)
      .doc('s1')
      .get();
    expect(hekou.data()!.status).toBe('ok');
  });
});
