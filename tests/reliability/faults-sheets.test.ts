// Faults on the way out: the assessment publishes to a Sheets API that answers 429, 500 or drops the
// connection — every summary ends up complete, or the answer says which one is not and why.
import * as functions from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AssessNowDeps, createAssessNowHandler } from '../../functions/src/assess/assess-handlers';
import { memoryLogger } from '../../functions/src/log/logger';
import { createPublisher, spreadsheetTargets } from '../../functions/src/report/publish-summaries';
import type { WriteSummary } from '../../functions/src/summary';
import { fakeSheetsWriter } from '../summary/sheets-test-client';
import { type FakeSheetsServer, startFakeSheetsServer } from '../support/fake-sheets-server';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';
import { pushFixtureCounty } from '../support/push-fixture-county';

const SPREADSHEETS = ['county-sheet', 'sheet-cg', 'sheet-hk', 'sheet-bs'];
const COMPUTED_AT = new Date('2026-11-25T01:00:00Z');

let h: Harness;
let leader: string;
let writer: WriteSummary;
const log = memoryLogger();
beforeAll(async () => {
  process.env.SHUANGPEI_SUMMARIES = 'none';
  h = await setUpIngestHarness(import.meta.url);
  await pushFixtureCounty(h);
  leader = await h.token(USERS.leader!.email);
  const { assessDeps, ingestDeps } = await import('../../functions/src/runtime');
  const [assess, ingest] = await Promise.all([assessDeps(), ingestDeps()]);
  const deps: AssessNowDeps = {
    ...assess,
    now: () => COMPUTED_AT,
    log,
    publish: createPublisher((target, doc) => writer(target, doc), spreadsheetTargets, log),
    verifyIdToken: ingest.verifyIdToken,
    findUser: ingest.findUser,
    recordRefusal: ingest.recordRefusal,
  };
  functions.http('assessNowToFakeSheets', createAssessNowHandler(deps));
});
afterAll(() => h.close());

let servers: FakeSheetsServer[] = [];
const fakeServer = async () => {
  const server = await startFakeSheetsServer();
  for (const id of SPREADSHEETS) server.addSpreadsheet(id, [{ title: '说明', sheetId: 0 }]);
  servers.push(server);
  return server;
};
beforeEach(() => {
  servers = [];
  log.lines.length = 0;
});
afterEach(async () => {
  for (const s of servers) await s.close();
});

/** Runs assessNow with the summaries going to `server`; the back-off pauses are recorded, not waited for. */
async function assessInto(server: FakeSheetsServer) {
  const fake = fakeSheetsWriter(server);
  writer = fake.write;
  const res = await request(getTestServer('assessNowToFakeSheets'))
    .post('/')
    .set('authorization', `Bearer ${leader}`)
    .set('content-type', 'text/plain')
    .send(JSON.stringify({ county: COUNTY, year: 2026 }));
  expect(res.status).toBe(200);
  return {
    published: res.body.published as {
      label: string;
      ok: boolean;
      error?: { code: string; message: string };
    }[],
    sleeps: fake.sleeps,
  };
}

/** Everything a user would see in a spreadsheet: each tab's cells and charts. */
const contents = (server: FakeSheetsServer, id: string) =>
  server.titles(id).map((title) => {
    const sheet = server.sheet(id, title)!;
    return { title, cells: Object.fromEntries(sheet.cells), charts: sheet.charts.length };
  });

describe('publishing summaries through a faulty Sheets API', () => {
  it('retries 429, 500 and dropped connections until every summary is exactly what a clean run writes', async () => {
    const clean = await fakeServer();
    const reference = await assessInto(clean);
    expect(reference.published.filter((p) => p.ok).map((p) => p.label)).toEqual([
      '全县',
      '城关镇',
      '河口乡',
      '白沙镇',
    ]);

    const faulty = await fakeServer();
    faulty.failNext(429, { spreadsheetId: 'county-sheet', method: 'GET', times: 2 });
    faulty.failNext(500, { spreadsheetId: 'county-sheet', method: 'POST' });
    faulty.failNext('drop', { spreadsheetId: 'sheet-cg', method: 'POST' });
    faulty.failNext(503, { spreadsheetId: 'sheet-hk', times: 3 });
    faulty.failNext(429, { spreadsheetId: 'sheet-bs', method: 'POST', times: 4 });
    const run = await assessInto(faulty);
    expect(run.published).toEqual(reference.published);
    for (const id of SPREADSHEETS) expect(contents(faulty, id), id).toEqual(contents(clean, id));
    expect(contents(clean, 'county-sheet').length).toBeGreaterThan(1);
    // 2 + 1 (county) + 1 (城关镇) + 3 (河口乡) + 4 (白沙镇) failures, each followed by one back-off pause.
    expect(run.sleeps).toHaveLength(11);
    const failedCalls = faulty.calls.filter((c) => c.status !== 200);
    expect(failedCalls).toHaveLength(11);
    // A retried batch is the same batch: the tab is never left half written.
    for (const id of SPREADSHEETS) {
      const posts = faulty.calls.filter((c) => c.spreadsheetId === id && c.method === 'POST');
      expect(new Set(posts.map((p) => JSON.stringify(p.body))).size, id).toBe(1);
    }
  });

  it('reports the summary it could not write, in Chinese, and still writes every other one', async () => {
    const clean = await fakeServer();
    await assessInto(clean);
    log.lines.length = 0;
    const faulty = await fakeServer();
    faulty.failNext(503, { spreadsheetId: 'sheet-hk', times: 10 });
    faulty.failNext(403, { spreadsheetId: 'sheet-bs', method: 'GET' });
    const run = await assessInto(faulty);
    expect(run.published.map((p) => [p.label, p.ok, p.error?.code ?? null])).toEqual([
      ['全县', true, null],
      ['城关镇', true, null],
      ['河口乡', false, 'SHEETS_UNAVAILABLE'],
      ['白沙镇', false, 'SHEETS_FORBIDDEN'],
      ['青山乡', false, 'NO_TARGET'],
    ]);
    for (const p of run.published.filter((x) => !x.ok)) expect(p.error!.message).toMatch(/[\u4e00-\u9fff]/);
    for (const id of ['county-sheet', 'sheet-cg']) expect(contents(faulty, id)).toEqual(contents(clean, id));
    expect(faulty.titles('sheet-hk')).toEqual(['说明']);
    const warned = log.lines.map((l) => JSON.parse(l)).filter((l) => l.message === 'summary not written');
    expect(warned.map((l) => l.label)).toEqual(['河口乡', '白沙镇', '青山乡']);
  });
});
