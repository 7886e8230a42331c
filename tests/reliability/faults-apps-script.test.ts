// Faults in the client: the Apps Script execution is cut off (its time limit) in the middle of a flush,
// right after a batch reached the server and before its answer was read — the next run delivers the rest,
// and every row is stored exactly once.
import type { Server } from 'node:http';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelayAnswer } from '../apps-script/e2e/sheet-worker';
import { startSheetWorker } from '../apps-script/e2e/sheet-worker-host';
import type { FetchRequest } from '../apps-script/fakes/fake-url-fetch';
import { type BuiltBundle, buildBundle } from '../apps-script/support/bundle';
import { memberLines } from '../apps-script/support/people';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';
import { checkStore, expectCreatedOnce } from './support/store-checks';

const TAB = '农民党员';
const ROWS = 1100; // three requests: 500 + 500 + 100
const STATUS = 15;

let h: Harness;
let listener: Server;
let baseUrl: string;
let bundle: BuiltBundle;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
  listener = getTestServer('ingest') as unknown as Server;
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(listener.address() as { port: number }).port}`;
  bundle = await buildBundle();
}, 60_000);
afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
  await h.close();
});

describe('an Apps Script execution cut off mid-flush', () => {
  it('leaves the unanswered rows pending; the next run delivers every row exactly once', async () => {
    /** What the server answered, request by request: how many rows each result. */
    const answers: Record<string, number>[] = [];
    let killAt = 2;
    const relay = async (request: FetchRequest): Promise<RelayAnswer> => {
      const response = await fetch(request.url, {
        method: request.method.toUpperCase(),
        headers: { 'content-type': request.contentType, ...request.headers },
        body: request.payload,
      });
      const body = await response.text();
      if (request.url.endsWith('/ingest')) {
        const counts: Record<string, number> = {};
        for (const r of JSON.parse(body).rows ?? []) counts[r.result] = (counts[r.result] ?? 0) + 1;
        answers.push(counts);
        if (answers.length === killAt) return { kill: true };
      }
      return { status: response.status, body };
    };
    const sheet = await startSheetWorker({
      code: bundle.code,
      token: await h.token(USERS.chengguan!.email),
      email: USERS.chengguan!.email,
      spreadsheetId: 'sheet-chengguan',
      fetch: relay,
    });
    try {
      await sheet.call('open');
      await sheet.call('menu', '设置同步参数', [baseUrl, COUNTY, '城关镇']);
      await sheet.call('menu', '初始化台账');
      await sheet.call('menu', '安装触发器');
      answers.length = 0; // 初始化台账 asked once for the 培训申报 choices (an empty push)
      const statuses = async () => (await sheet.call('view', TAB, 2, ROWS + 1)).values.map((v) => v[STATUS]);

      // The paste's edit trigger flushes; the execution dies once the second batch is stored.
      expect(await sheet.call('type', TAB, 2, 3, memberLines(0, ROWS))).toBe('killed');
      expect(answers).toEqual([{ created: 500 }, { created: 500 }]);
      const before = await statuses();
      expect(before.slice(0, 500).every((s) => s === '已同步')).toBe(true);
      expect(before.slice(500).every((s) => s === '待同步')).toBe(true);

      // The next execution (the 5-minute retry trigger) starts from what the sheet and its properties kept.
      killAt = 0;
      await sheet.call('newExecution');
      await sheet.call('tick', 'retrySync', 5);
      expect(answers.slice(2)).toEqual([{ unchanged: 500 }, { created: 100 }]);
      expect((await statuses()).every((s) => s === '已同步')).toBe(true);
      expect(await sheet.call('documentProperties')).toEqual({ lastSuccess: expect.any(String) });

      const store = await checkStore(h.db, COUNTY, ['members']);
      expect([store.rows.size, store.persons]).toEqual([ROWS, ROWS]);
      expectCreatedOnce(store);
      const rows = [...store.rows.values()].map((r) => r.sheetRow).sort((a, b) => a - b);
      expect(rows).toEqual(Array.from({ length: ROWS }, (_, i) => i + 2));
    } finally {
      await sheet.close();
    }
  }, 120_000);
});
