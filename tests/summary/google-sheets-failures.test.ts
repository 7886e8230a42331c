import { afterEach, beforeEach, expect, test } from 'vitest';
import { memoryLogger } from '../../functions/src/log/logger';
import { SummaryWriteError, writeAllSummaries } from '../../functions/src/summary';
import { countyDocument, townshipDocument } from '../fixtures/summary-document';
import { type FakeSheetsServer, startFakeSheetsServer } from '../support/fake-sheets-server';
import { fakeSheetsWriter } from './sheets-test-client';

let server: FakeSheetsServer;
beforeEach(async () => {
  server = await startFakeSheetsServer();
  server.addSpreadsheet('county', [{ title: '乡镇设置', sheetId: 0 }]);
});
afterEach(() => server.close());

const county = { label: '全县', spreadsheetId: 'county' };
const trace = () => server.calls.map((c) => `${c.method} ${c.spreadsheetId} ${c.status}`);

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SummaryWriteError);
  const { code, message, status } = error as SummaryWriteError;
  return { code, message, status };
}

test('429 and 500 are retried with exponential back-off, then the write succeeds', async () => {
  const log = memoryLogger();
  const { write, sleeps } = fakeSheetsWriter(server, { log });
  server.failNext(429, { method: 'GET' });
  server.failNext(500, { method: 'POST', times: 2 });
  await write(county, countyDocument);

  expect(trace()).toEqual([
    'GET county 429',
    'GET county 200',
    'POST county 500',
    'GET county 200', // a failed batchUpdate may have been applied: each retry plans from a fresh read
    'POST county 500',
    'GET county 200',
    'POST county 200',
  ]);
  expect(sleeps).toEqual([1000, 1000, 2000]);
  expect(server.values('county', '考评排名', 5, 2)[4]).toEqual([1, '城关镇']);
  expect(log.lines.map((l) => JSON.parse(l))).toEqual([
    {
      severity: 'WARNING',
      message: 'sheets call retried',
      label: '全县',
      spreadsheetId: 'county',
      attempt: 1,
      delayMs: 1000,
      code: 'SHEETS_RATE_LIMITED',
    },
    {
      severity: 'WARNING',
      message: 'sheets call retried',
      label: '全县',
      spreadsheetId: 'county',
      attempt: 1,
      delayMs: 1000,
      code: 'SHEETS_UNAVAILABLE',
    },
    {
      severity: 'WARNING',
      message: 'sheets call retried',
      label: '全县',
      spreadsheetId: 'county',
      attempt: 2,
      delayMs: 2000,
      code: 'SHEETS_UNAVAILABLE',
    },
  ]);
});

test('a batchUpdate applied but whose answer was lost is planned again from a fresh read, not repeated', async () => {
  const { write, sleeps } = fakeSheetsWriter(server);
  server.failNext('lost', { method: 'POST' });
  await write(county, countyDocument);
  // The lost call created the tabs: the second plan fills them instead of adding them again (a 400).
  expect(trace()).toEqual(['GET county 200', 'POST county 0', 'GET county 200', 'POST county 200']);
  expect(sleeps).toEqual([1000]);
  expect(server.titles('county')).toEqual(['乡镇设置', ...countyDocument.tabs.map((t) => t.name)]);
  expect(server.values('county', '考评排名', 5, 2)[4]).toEqual([1, '城关镇']);
});

test('a dropped connection is retried like a 5xx', async () => {
  const { write, sleeps } = fakeSheetsWriter(server);
  server.failNext('drop', { method: 'GET' });
  await write(county, countyDocument);
  expect(trace()).toEqual(['GET county 0', 'GET county 200', 'POST county 200']);
  expect(sleeps).toEqual([1000]);
});

test('gives up after the last attempt with SHEETS_UNAVAILABLE', async () => {
  const { write, sleeps } = fakeSheetsWriter(server, { retry: { maxAttempts: 3 } });
  server.failNext(503, { times: 5 });
  expect(await failure(write(county, countyDocument))).toEqual({
    code: 'SHEETS_UNAVAILABLE',
    status: 503,
    message: '表格 county 暂时无法访问（Google 服务或网络故障）：请稍后重试。fake failure 503',
  });
  expect(trace()).toEqual(['GET county 503', 'GET county 503', 'GET county 503']);
  expect(sleeps).toEqual([1000, 2000]);
});

test('quota still exhausted after every attempt is SHEETS_RATE_LIMITED', async () => {
  const { write } = fakeSheetsWriter(server, { retry: { maxAttempts: 2 } });
  server.failNext(429, { times: 2 });
  expect(await failure(write(county, countyDocument))).toEqual({
    code: 'SHEETS_RATE_LIMITED',
    status: 429,
    message:
      '表格 county 写入过于频繁，超出 Sheets API 配额（429）：请稍后重试，或在 Google Cloud 控制台提高配额',
  });
});

test('404 and 400 are not retried', async () => {
  const { write, sleeps } = fakeSheetsWriter(server);
  expect(await failure(write({ label: '青山乡', spreadsheetId: 'gone' }, townshipDocument))).toEqual({
    code: 'SHEETS_NOT_FOUND',
    status: 404,
    message: '表格 gone 不存在或已被删除（404）：请核对乡镇设置中的表格ID',
  });
  server.failNext(400, { method: 'POST' });
  expect(await failure(write(county, countyDocument))).toEqual({
    code: 'SHEETS_BAD_REQUEST',
    status: 400,
    message: '表格 county 拒绝了写入请求（400）：fake failure 400',
  });
  expect(trace()).toEqual(['GET gone 404', 'GET county 200', 'POST county 400']);
  expect(sleeps).toEqual([]);
});

test('a target without a spreadsheet id is refused before any call', async () => {
  const { write } = fakeSheetsWriter(server);
  expect(await failure(write({ label: '青山乡', spreadsheetId: ' ' }, townshipDocument))).toEqual({
    code: 'SUMMARY_TARGET_INVALID',
    status: undefined,
    message: '「青山乡」没有表格ID：请在乡镇设置中填写表格ID',
  });
  expect(server.calls).toEqual([]);
});

test('a 403 on one township is reported; the county and the other townships are still written', async () => {
  server.addSpreadsheet('t-cg', []);
  server.addSpreadsheet('t-hk', [{ title: '本乡镇考评', sheetId: 9 }]);
  server.failNext(403, { spreadsheetId: 't-cg', times: 3 });
  const { write, sleeps } = fakeSheetsWriter(server, {
    serviceAccount: 'summary@shuangpei.iam.gserviceaccount.com',
  });
  const report = await writeAllSummaries(
    [
      { target: county, doc: countyDocument },
      { target: { label: '城关镇', spreadsheetId: 't-cg' }, doc: townshipDocument },
      { target: { label: '河口乡', spreadsheetId: 't-hk' }, doc: townshipDocument },
    ],
    write,
    memoryLogger(),
  );
  expect(report).toEqual([
    { label: '全县', ok: true },
    {
      label: '城关镇',
      ok: false,
      error: {
        code: 'SHEETS_FORBIDDEN',
        message:
          '表格 t-cg 拒绝访问（403）：请在该表格的“共享”中把服务账号 summary@shuangpei.iam.gserviceaccount.com 添加为“编辑者”，然后重新运行',
      },
    },
    { label: '河口乡', ok: true },
  ]);
  expect(trace()).toEqual([
    'GET county 200',
    'POST county 200',
    'GET t-cg 403',
    'GET t-hk 200',
    'POST t-hk 200',
  ]);
  expect(sleeps).toEqual([]);
  expect(server.values('t-hk', '本乡镇考评', 5, 2)[4]).toEqual(['乡土人才发展党员', 25]);
  expect(server.sheet('t-hk', '本乡镇考评')!.charts).toHaveLength(1);
});
