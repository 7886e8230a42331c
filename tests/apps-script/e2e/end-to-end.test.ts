// The bundle in a worker thread pushes to the real `ingest` function over HTTP, on the Firestore emulator.
import type { Server } from 'node:http';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ID, memberB, memberRow } from '../../fixtures/ledger-rows';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../../support/ingest-harness';
import type { FetchRequest } from '../fakes/fake-url-fetch';
import { type BuiltBundle, buildBundle } from '../support/bundle';
import { memberLine } from '../support/people';
import type { RelayAnswer } from './sheet-worker';
import { type SheetWorker, startSheetWorker } from './sheet-worker-host';

const TAB = '农民党员';

let h: Harness;
let listener: Server;
let baseUrl: string;
let bundle: BuiltBundle;
let token: string;
/** How the network behaves: `down` answers 503 itself; `lost` lets the server store but loses its answer. */
let network: 'up' | 'down' | 'lost' = 'up';
let sheet: SheetWorker;

beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
  listener = getTestServer('ingest') as unknown as Server;
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(listener.address() as { port: number }).port}`;
  bundle = await buildBundle();
  token = await h.token(USERS.chengguan!.email);
});
afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
  await h.close();
});

async function relay(request: FetchRequest): Promise<RelayAnswer> {
  if (network === 'down') {
    return {
      status: 503,
      body: JSON.stringify({ error: { code: 'UNAVAILABLE', message: '服务暂时不可用' } }),
    };
  }
  const response = await fetch(request.url, {
    method: request.method.toUpperCase(),
    headers: { 'content-type': request.contentType, ...request.headers },
    body: request.payload,
  });
  const body = await response.text();
  if (network === 'lost') return { error: 'Exception: Timeout: 127.0.0.1' };
  return { status: response.status, body };
}

beforeEach(async () => {
  await h.reset();
  network = 'up';
  sheet = await startSheetWorker({
    code: bundle.code,
    token,
    email: USERS.chengguan!.email,
    spreadsheetId: 'sheet-chengguan',
    fetch: relay,
  });
  await sheet.call('open');
  await sheet.call('menu', '设置同步参数', [baseUrl, COUNTY, '城关镇']);
  await sheet.call('menu', '初始化台账');
  await sheet.call('menu', '安装触发器');
});
afterEach(() => sheet.close());

const members = () => h.db.collection(`counties/${COUNTY}/townships/城关镇/members`).get();
const auditChanges = async () =>
  (await h.db.collection(`counties/${COUNTY}/audit`).get()).docs.flatMap((d) =>
    d.data().changes.map((c: { key: string; row: number; action: string }) => [c.key, c.row, c.action]),
  );
const row = async (n: number) => await sheet.call('view', TAB, n, n);

describe('the Apps Script client against the real ingest function', () => {
  it('puts the server’s message for a bad ID number on that cell, and clears it once fixed', async () => {
    const bad = { ...memberRow, 身份证号: '430521197001010115' };
    await sheet.call('type', TAB, 2, 3, [memberLine(bad)]);
    let shown = await row(2);
    const key = shown.values[0]![0] as string;
    expect(shown.notes[0]![3]).toBe('身份证号：校验位应为 4，请核对');
    expect(shown.backgrounds[0]![3]).toBe('#f4cccc');
    expect(shown.values[0]![15]).toBe('有错误');
    let doc = (await members()).docs.map((d) => d.data());
    expect(
      doc.map((d) => [
        d.key,
        d.revision,
        d.status,
        d.sheetRow,
        d.errors.map((e: { message: string }) => e.message),
      ]),
    ).toEqual([[key, 1, 'error', 2, ['身份证号：校验位应为 4，请核对']]]);

    await sheet.call('type', TAB, 2, 4, [[ID.memberA]]);
    shown = await row(2);
    expect([shown.notes[0]![3], shown.backgrounds[0]![3], shown.values[0]![15]]).toEqual([
      '',
      '#ffffff',
      '已同步',
    ]);
    doc = (await members()).docs.map((d) => d.data());
    expect(doc.map((d) => [d.key, d.revision, d.status, d.record.idNumber])).toEqual([
      [key, 2, 'ok', ID.memberA],
    ]);
  });

  it('keeps rows pending through an outage and a lost answer, then delivers each row exactly once', async () => {
    network = 'down';
    await sheet.call('type', TAB, 2, 3, [memberLine(memberRow), memberLine(memberB)]);
    const keys = (await sheet.call('view', TAB, 2, 3)).values.map((v) => v[0] as string);
    expect((await sheet.call('view', TAB, 2, 3)).values.map((v) => v[15])).toEqual(['待同步', '待同步']);
    expect((await members()).size).toBe(0);
    expect(JSON.parse((await sheet.call('documentProperties'))['tab.members']!).keys).toEqual(keys);

    network = 'lost'; // the server stores the rows, but the answer never reaches the sheet
    await sheet.call('tick', 'retrySync', 5);
    expect((await sheet.call('view', TAB, 2, 3)).values.map((v) => v[15])).toEqual(['待同步', '待同步']);
    expect((await members()).size).toBe(2);

    network = 'up';
    await sheet.call('tick', 'retrySync', 10);
    expect((await sheet.call('view', TAB, 2, 3)).values.map((v) => v[15])).toEqual(['已同步', '已同步']);
    expect(await sheet.call('requests')).toBe(4); // 3 pushes, and 初始化台账 asking for the 培训申报 choices
    const docs = (await members()).docs.map((d) => d.data());
    expect(docs.map((d) => [d.key, d.revision, d.sheetRow, d.status]).sort()).toEqual(
      [
        [keys[0], 1, 2, 'ok'],
        [keys[1], 1, 3, 'ok'],
      ].sort(),
    );
    expect(await auditChanges()).toEqual([
      [keys[0], 2, 'created'],
      [keys[1], 3, 'created'],
    ]);
    expect(await sheet.call('documentProperties')).toEqual({ lastSuccess: expect.any(String) });

    expect(await sheet.call('menu', '全量同步')).toBe('已发送 2 行：有错误 0 行，有提示 0 行');
    expect((await auditChanges()).length).toBe(2);
  });

  it('lists the county’s 培训菜单 in the 培训申报 course dropdown, from the real answer', async () => {
    expect(await sheet.call('dropdown', '培训申报', 2, 4)).toBeNull(); // the county has no menu yet
    const leader = await h.token(USERS.leader!.email);
    const menu = await h.post(
      {
        spreadsheetId: 'county-sheet',
        county: COUNTY,
        ledger: 'trainingMenu',
        rows: ['农村电商', '柑橘栽培技术'].map((course, i) => ({
          key: `c${i}`,
          revision: 1,
          cells: { 课程名称: course, 培训类别: '市场营销', 培训形式: '集中办班', 学时: 8 },
        })),
      },
      leader,
    );
    expect(menu.status).toBe(200);
    await sheet.call('menu', '初始化台账');
    expect(await sheet.call('dropdown', '培训申报', 2, 4)).toEqual(['柑橘栽培技术', '农村电商']);
  });

  it('turns deleted rows into tombstones in the store', async () => {
    await sheet.call('type', TAB, 2, 3, [memberLine(memberRow), memberLine(memberB)]);
    const keys = (await sheet.call('view', TAB, 2, 3)).values.map((v) => v[0] as string);
    await sheet.call('deleteRows', TAB, 2, 1);
    const docs = Object.fromEntries((await members()).docs.map((d) => [d.id, d.data().deleted]));
    expect(docs).toEqual({ [keys[0]!]: true, [keys[1]!]: false });
  });
});
