import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOWNSHIP_LEDGERS } from '../../functions/src/core/ledgers';
import { readLatestSnapshot } from '../../functions/src/store/firestore/snapshots';
import { saveUser } from '../../functions/src/store/firestore/users';
import { DUPLICATE_MESSAGE, fixtureSheets, qualitative, townships } from '../fixtures/assessment-county';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';

let h: Harness;
const clerks: Record<string, string> = {};

beforeAll(async () => {
  process.env.SHUANGPEI_SUMMARIES = 'none';
  h = await setUpIngestHarness(import.meta.url);
  for (const t of townships) {
    const email = `clerk@${t.spreadsheetId ?? 'qs'}.example`;
    await saveUser(h.db, { email, role: 'clerk', county: COUNTY, township: t.township });
    clerks[t.township] = await h.token(email);
  }
  // The county tabs, pushed by a leader.
  const leader = await h.token(USERS.leader!.email);
  const county = (ledger: string, rows: Record<string, unknown>[]) =>
    h.post(
      {
        spreadsheetId: 'county-sheet',
        county: COUNTY,
        ledger,
        rows: rows.map((cells, i) => ({ key: `${ledger}-${i}`, revision: 1, row: i + 2, cells })),
      },
      leader,
    );
  expect(
    (
      await county(
        'townshipSettings',
        townships.map((t) => ({ 乡镇: t.township, 表格ID: t.spreadsheetId, 年度发展目标: t.annualTarget })),
      )
    ).status,
  ).toBe(200);
  expect(
    (
      await county(
        'qualitativeScores',
        qualitative.map((q) => ({
          考评年度: q.year,
          乡镇: q.township,
          定性得分: q.score,
          加分: q.bonus,
          扣分: q.penalty,
          说明: q.remarks,
        })),
      )
    ).status,
  ).toBe(200);
  // Each township pushes its tabs in template order, 河口乡 first.
  const sheets = fixtureSheets();
  for (const township of ['河口乡', '白沙镇', '城关镇']) {
    for (const ledger of TOWNSHIP_LEDGERS) {
      const rows = sheets.filter((r) => r.township === township && r.ledger === ledger.id);
      if (!rows.length) continue;
      const body = {
        spreadsheetId: `sheet-${township}`,
        county: COUNTY,
        township,
        ledger: ledger.id,
        rows: rows.map((r) => ({ key: r.key, revision: 1, row: r.sheetRow, cells: r.cells })),
      };
      const res = await h.post(body, clerks[township]);
      expect(res.status).toBe(200);
    }
  }
});
afterAll(() => h.close());

const publish = (data: unknown) =>
  request(getTestServer('assess'))
    .post('/')
    .set({
      'ce-specversion': '1.0',
      'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
      'ce-source': '//pubsub.googleapis.com/projects/demo/topics/assess',
      'ce-id': `msg-${Date.now()}`,
      'content-type': 'application/json',
    })
    .send({
      message: { data: Buffer.from(JSON.stringify(data)).toString('base64') },
      subscription: 'projects/demo/subscriptions/assess',
    });

describe('assess on the emulator, fed through ingest', () => {
  it('assesses the county from a Pub/Sub CloudEvent and keeps a snapshot with the exact ranking', async () => {
    const res = await publish({ county: COUNTY, year: 2026 });
    expect(res.status).toBe(204);
    const snapshot = (await readLatestSnapshot(h.db, COUNTY, 2026)) as Record<string, any>;
    expect(snapshot.id).toMatch(/^2026-11-25_\d{9}-[0-9a-f]{4}$/);
    expect(
      snapshot.ranking.map((t: any) => [t.rank, t.township, t.quantitative, t.total, t.band, t.mark]),
    ).toEqual([
      [1, '城关镇', 86.5, 88.55, '良好', 'reward'],
      [2, '白沙镇', 74.08, 75.86, '合格', 'reward'],
      [3, '河口乡', 74.08, 75.86, '合格', 'reward'],
      [4, '青山乡', 0, 0, '不合格', 'criticism'],
    ]);
    expect(snapshot.statistics.find((s: any) => s.key === 'talentPool')).toMatchObject({
      value: 10,
      lastYear: 9,
    });
    expect(snapshot.dataQuality[0]).toMatchObject({
      township: '城关镇',
      rows: 20,
      withErrors: 2,
      duplicates: 1,
    });
    const cg = snapshot.townships['城关镇'];
    expect(cg.traces.development).toEqual([{ label: '发展党员完成率', rows: ['talents/t3'] }]);
    expect(cg.duplicateRows).toEqual([
      { ledger: 'members', key: 'e2', sheetRow: 6, message: DUPLICATE_MESSAGE },
    ]);
    expect(cg.reminders.map((r: any) => r.kind)).toEqual([
      'pairOverdue',
      'activistReady',
      'probationOverdue',
      'behindTarget',
    ]);
    expect(JSON.stringify(snapshot)).not.toMatch(/430521\d{11}[\dX]/);
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
    expect(ok.body).toMatchObject({ county: COUNTY, year: 2026, townships: 4, published: [] });
    expect(ok.body.ranking[0]).toEqual({
      township: '城关镇',
      rank: 1,
      total: 88.55,
      band: '良好',
      mark: 'reward',
    });
    const clerk = await request(server)
      .post('/')
      .set('authorization', `Bearer ${clerks['城关镇']}`)
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ county: COUNTY }));
    expect(clerk.status).toBe(403);
    expect(clerk.body.error.code).toBe('ASSESS_ONLY_LEADER');
  });
});
