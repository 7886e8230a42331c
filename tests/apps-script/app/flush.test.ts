import { describe, expect, it } from 'vitest';
import { flush } from '../../../apps-script/src/app/flush';
import { appendInbox } from '../../../apps-script/src/app/inbox';
import type { Cell } from '../../../apps-script/src/app/ports';
import { recordEdit } from '../../../apps-script/src/app/record-edit';
import { loadRetry } from '../../../apps-script/src/app/retry-state';
import { loadTabState } from '../../../apps-script/src/app/tab-state';
import { templateOf } from '../../../apps-script/src/app/template';
import { membersLedger } from '../../../functions/src/core/ledgers';
import { type Memory, memoryServices, type Posted } from '../support/memory-ports';
import { memberLines } from '../support/people';

type Row = { key: string; row: number };
const rowsOf = (p: Posted) => p.body.rows as Row[];
const ok = (p: Posted) => ({
  status: 200,
  body: JSON.stringify({
    sheetWarnings: [],
    rows: rowsOf(p).map((r) => ({
      key: r.key,
      row: r.row,
      result: 'created',
      status: 'ok',
      errors: [],
      warnings: [],
    })),
  }),
});

/** A configured township spreadsheet with an initialised 农民党员 tab. */
function township(answer: (p: Posted) => { status: number; body: string } = ok): Memory {
  const m = memoryServices(answer);
  m.s.settings.set({
    SHUANGPEI_BASE_URL: 'https://fn.example',
    SHUANGPEI_COUNTY: '示范县',
    SHUANGPEI_TOWNSHIP: '城关镇',
  });
  m.s.spreadsheet.createTab(templateOf(membersLedger));
  return m;
}

/** The clerk types rows into 农民党员 from row `first` (the on-edit trigger's part only). */
function type(m: Memory, first: number, lines: unknown[][]) {
  const sheet = m.sheets.get('农民党员')!;
  sheet.setValues(first, 3, lines as Cell[][]);
  recordEdit(m.s, {
    sheetName: '农民党员',
    row: first,
    column: 3,
    rows: lines.length,
    columns: lines[0]!.length,
  });
}

const statuses = (m: Memory, first: number, count: number) =>
  m.sheets
    .get('农民党员')!
    .values(first, 16, count, 1)
    .map(([s]) => s);

describe('flush', () => {
  it('sends a 1,200-row paste in three requests of 500, 500 and 200 rows', () => {
    const m = township();
    type(m, 2, memberLines(1, 1200));
    const report = flush(m.s, 'auto', 0);
    expect(m.posted.map((p) => [p.url, rowsOf(p).length])).toEqual([
      ['https://fn.example/ingest', 500],
      ['https://fn.example/ingest', 500],
      ['https://fn.example/ingest', 200],
    ]);
    expect(rowsOf(m.posted[2]!).at(-1)!.row).toBe(1201);
    expect(report).toMatchObject({ skipped: null, requests: 3, sent: 1200, errors: 0, failure: null });
    expect(new Set(statuses(m, 2, 1200))).toEqual(new Set(['已同步']));
    expect(loadTabState(m.s.state, 'members')).toEqual({
      keys: [],
      rows: [],
      all: false,
      deletions: false,
      blocked: null,
    });
  });

  it('has every row on record as pending before its request leaves, and drops only what was confirmed', () => {
    let seen: string[] = [];
    const m = township((p) => {
      seen = loadTabState(m.s.state, 'members').keys;
      if (m.posted.length === 2) return { status: 503, body: '{"error":{"message":"数据库暂时无法连接"}}' };
      return ok(p);
    });
    type(m, 2, memberLines(1, 700));
    const report = flush(m.s, 'auto', 0);
    expect(seen).toHaveLength(200); // the second request: 500 confirmed, 200 on record
    const left = loadTabState(m.s.state, 'members').keys;
    expect(left).toEqual(rowsOf(m.posted[1]!).map((r) => r.key));
    expect(statuses(m, 501, 2)).toEqual(['已同步', '待同步']);
    expect(report.failure).toEqual({
      failures: 1,
      nextAt: m.clock.now + 5 * 60_000,
      message: '数据库暂时无法连接',
      at: m.clock.now,
    });
  });

  it('sends nothing automatically during the back-off, then delivers once it has passed', () => {
    let down = true;
    const m = township((p) => (down ? { status: 503, body: '{}' } : ok(p)));
    type(m, 2, memberLines(1, 2));
    flush(m.s, 'auto', 0);
    down = false;
    type(m, 4, memberLines(3, 1));
    expect(flush(m.s, 'auto', 0).skipped).toBe('backoff');
    expect(m.posted).toHaveLength(1);
    m.clock.now += 5 * 60_000;
    expect(flush(m.s, 'auto', 0)).toMatchObject({ requests: 1, sent: 3 });
    expect(rowsOf(m.posted[1]!).map((r) => r.row)).toEqual([2, 3, 4]);
    expect(loadRetry(m.s.state)).toBeNull();
    expect(flush(m.s, 'auto', 0).requests).toBe(0);
  });

  it('keeps 待同步 on a row edited again while its request was out, and sends it next', () => {
    const m = township((p) => {
      if (m.posted.length === 1) {
        // The clerk edits row 2 again while the first request is out (another execution records it).
        const key = String(m.sheets.get('农民党员')!.values(2, 1, 1, 1)[0]![0]);
        appendInbox(m.s.state, 'late', { ledger: 'members', keys: [key], rows: [], deletions: false });
      }
      return ok(p);
    });
    type(m, 2, memberLines(1, 2));
    flush(m.s, 'auto', 0);
    expect(m.posted.map((p) => rowsOf(p).map((r) => r.row))).toEqual([[2, 3], [2]]);
    expect(statuses(m, 2, 2)).toEqual(['已同步', '已同步']);
  });

  it('shows a refusal once and does not retry the tab until it is edited again', () => {
    const m = township(() => ({ status: 403, body: '{"error":{"message":"此账号只能写入河口乡的台账"}}' }));
    type(m, 2, memberLines(1, 1));
    expect(flush(m.s, 'auto', 0).refused).toEqual([
      { tab: '农民党员', message: '此账号只能写入河口乡的台账' },
    ]);
    expect(m.toasts).toEqual([
      { title: '「农民党员」未能同步', message: '此账号只能写入河口乡的台账\n修改本表后会自动重试。' },
    ]);
    expect(m.sheets.get('农民党员')!.notes(1, 16, 1, 1)).toEqual([['未能同步：此账号只能写入河口乡的台账']]);
    expect(statuses(m, 2, 1)).toEqual(['待同步']);
    m.clock.now += 60 * 60_000;
    flush(m.s, 'auto', 0);
    expect(m.posted).toHaveLength(1);
    type(m, 3, memberLines(2, 1));
    flush(m.s, 'auto', 0);
    expect(m.posted.map((p) => rowsOf(p).map((r) => r.row))).toEqual([[2], [2, 3]]);
  });

  it('leaves edits in the inbox when another run holds the lock', () => {
    const m = township();
    type(m, 2, memberLines(1, 1));
    m.holdLock(true);
    expect(flush(m.s, 'auto', 0).skipped).toBe('locked');
    m.holdLock(false);
    expect(flush(m.s, 'auto', 0).sent).toBe(1);
  });

  it('sends every row and every live key in a full sync, liveKeys only with the last batch', () => {
    const m = township();
    type(m, 2, memberLines(1, 600));
    flush(m.s, 'auto', 0);
    m.posted.length = 0;
    flush(m.s, 'full', 0);
    expect(
      m.posted.map((p) => [rowsOf(p).length, (p.body.liveKeys as string[] | undefined)?.length]),
    ).toEqual([
      [500, undefined],
      [100, 600],
    ]);
  });

  it('keeps every row pending when the execution is cut off before the answer is shown', () => {
    const m = township();
    type(m, 2, memberLines(1, 3));
    const sheet = m.sheets.get('农民党员')!;
    const paint = sheet.setNotes;
    sheet.setNotes = () => {
      throw new Error('Exceeded maximum execution time');
    };
    expect(() => flush(m.s, 'auto', 0)).toThrow('Exceeded maximum execution time');
    const keys = rowsOf(m.posted[0]!).map((r) => r.key);
    expect(loadTabState(m.s.state, 'members').keys).toEqual(keys);
    sheet.setNotes = paint;
    flush(m.s, 'auto', 0);
    expect(rowsOf(m.posted[1]!).map((r) => r.key)).toEqual(keys);
    expect(loadTabState(m.s.state, 'members').keys).toEqual([]);
  });

  it('marks a row the server calls stale, instead of showing the stored version’s verdict as its own', () => {
    const m = township((p) => ({
      status: 200,
      body: JSON.stringify({
        sheetWarnings: [],
        rows: rowsOf(p).map((r) => ({
          key: r.key,
          row: r.row,
          result: 'stale',
          status: 'ok',
          errors: [],
          warnings: [],
        })),
      }),
    }));
    type(m, 2, memberLines(1, 1));
    flush(m.s, 'auto', 0);
    expect(statuses(m, 2, 1)).toEqual(['有错误']);
    expect(m.sheets.get('农民党员')!.notes(2, 16, 1, 1)).toEqual([
      ['服务器上已有此行更新的版本（行版本更高），本次内容未写入；请核对本行后重新修改'],
    ]);
    expect(loadTabState(m.s.state, 'members').keys).toEqual([]);
  });
});
