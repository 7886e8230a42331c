import { beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_SHEET_HEADERS } from '../fixtures/ledger-rows';
import { type BuiltBundle, buildBundle } from './support/bundle';
import { memberCells, memberLine, memberLines } from './support/people';
import { openSpreadsheet } from './support/township-script';

let bundle: BuiltBundle;
beforeAll(async () => {
  bundle = await buildBundle();
});

const TAB = '农民党员';
const RED = '#f4cccc';
const YELLOW = '#fff2cc';
const WHITE = '#ffffff';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
type Body = {
  rows: { key: string; revision: number; row: number; cells: Record<string, unknown> }[];
  liveKeys?: string[];
};

describe('typing rows', () => {
  it('gives a new row a key and revision 1, sends it, and shows 已同步', () => {
    const { driver, env } = openSpreadsheet(bundle);
    driver.type(TAB, 2, 3, [memberLine(memberCells(1))]);
    const [body] = env.urlFetch.bodies<Body & Record<string, unknown>>();
    expect(
      env.urlFetch.requests.map((r) => [r.url, r.method, r.contentType, r.muteHttpExceptions, r.headers]),
    ).toEqual([
      [
        'https://asia-east2-shuangpei.cloudfunctions.net/ingest',
        'post',
        'text/plain; charset=utf-8',
        true,
        { Authorization: 'Bearer test-identity-token' },
      ],
    ]);
    expect(body).toEqual({
      spreadsheetId: 'sheet-chengguan',
      county: '示范县',
      township: '城关镇',
      ledger: 'members',
      headers: MEMBER_SHEET_HEADERS,
      rows: [
        {
          key: uuid(2),
          revision: 1,
          row: 2,
          cells: {
            姓名: '李建',
            身份证号: memberCells(1).身份证号,
            性别: '男',
            文化程度: '初中',
            '所在村(社区)': '白马村',
            入党日期: '1998-07-01',
            党员类别: '正式党员',
            实用技术一: '水稻种植',
            实用技术二: null,
            是否致富能手: '否',
            村级职务: '无',
            带动农户数: 1,
            备注: null,
          },
        },
      ],
    });
    const row = driver.view(TAB, 2, 2);
    expect([row.values[0]![0], row.values[0]![1], row.values[0]![15]]).toEqual([uuid(2), 1, '已同步']);
    expect(env.properties.document.getProperties()).toEqual({ lastSuccess: String(env.clock.now) });
  });

  it('notes each bad cell with its message, colours it, and clears both once fixed', () => {
    const { driver, env } = openSpreadsheet(bundle);
    const good = memberCells(1);
    const wrongDigit = good.身份证号.endsWith('1') ? '2' : '1';
    const bad = { ...good, 身份证号: good.身份证号.slice(0, 17) + wrongDigit, 实用技术二: '水稻种植' };
    driver.type(TAB, 2, 3, [memberLine(bad)]);
    let row = driver.view(TAB, 2, 2);
    expect(row.notes[0]![3]).toBe(`身份证号：校验位应为 ${good.身份证号.at(-1)}，请核对`);
    expect(row.backgrounds[0]![3]).toBe(RED);
    expect([row.values[0]![15], row.backgrounds[0]![15]]).toEqual(['有错误', RED]);

    driver.type(TAB, 2, 4, [[good.身份证号]]);
    row = driver.view(TAB, 2, 2);
    expect([row.notes[0]![3], row.backgrounds[0]![3]]).toEqual(['', WHITE]);
    expect([row.notes[0]![10], row.backgrounds[0]![10]]).toEqual([
      '实用技术二：与实用技术一相同，请填写另一门技术或留空',
      YELLOW,
    ]);
    expect([row.values[0]![1], row.values[0]![15], row.backgrounds[0]![15]]).toEqual([2, '有提示', YELLOW]);

    driver.type(TAB, 2, 11, [['']]);
    row = driver.view(TAB, 2, 2);
    expect(row.notes[0]).toEqual(Array(16).fill(''));
    expect(row.backgrounds[0]).toEqual(Array(16).fill(WHITE));
    expect([row.values[0]![0], row.values[0]![1], row.values[0]![15]]).toEqual([uuid(2), 3, '已同步']);
    expect(env.urlFetch.bodies<Body>().map((b) => b.rows.map((r) => [r.key, r.revision]))).toEqual([
      [[uuid(2), 1]],
      [[uuid(2), 2]],
      [[uuid(2), 3]],
    ]);
  });
});

describe('pasting and deleting rows', () => {
  it('sends a 300-row paste in one request, writing each result column in one block', () => {
    const { driver, env, server } = openSpreadsheet(bundle);
    env.spreadsheet.writes.length = 0;
    driver.type(TAB, 2, 3, memberLines(1, 300));
    expect(env.urlFetch.bodies<Body>().map((b) => [b.rows.length, b.rows[0]!.row, b.rows[299]!.row])).toEqual(
      [[300, 2, 301]],
    );
    const view = driver.view(TAB, 2, 301);
    expect(new Set(view.values.map((v) => v[15]))).toEqual(new Set(['已同步']));
    const keys = view.values.map((v) => v[0]);
    expect(new Set(keys).size).toBe(300);
    expect(server.liveKeys('members').sort()).toEqual([...keys].sort());
    expect(env.spreadsheet.writes.map((w) => `${w.method} ${w.a1}`)).toEqual([
      'setValues B2:B301', // revisions (on edit)
      'setValues P2:P301', // 待同步 (on edit)
      'setValues A2:B301', // keys and revisions (before the request)
      'setValues P2:P301', // 待同步
      'setNotes C2:P301', // results
      'setBackgrounds C2:P301',
      'setValues P2:P301',
    ]);
  });

  it('tells the server which rows are gone when rows are deleted', () => {
    const { driver, env, server } = openSpreadsheet(bundle);
    driver.type(TAB, 2, 3, memberLines(1, 30));
    const before = driver.view(TAB, 2, 31).values.map((v) => v[0] as string);
    driver.deleteRows(TAB, 5, 10);
    const [, deletion] = env.urlFetch.bodies<Body>();
    const live = [...before.slice(0, 3), ...before.slice(13)];
    expect(deletion!.rows).toEqual([]);
    expect(deletion!.liveKeys).toEqual(live);
    expect(server.liveKeys('members').sort()).toEqual([...live].sort());
    expect(driver.view(TAB, 2, 21).values.map((v) => v[15])).toEqual(Array(20).fill('已同步'));
  });

  it('clears the key of a row whose cells were all deleted, and the server drops it', () => {
    const { driver, env, server } = openSpreadsheet(bundle);
    driver.type(TAB, 2, 3, memberLines(1, 3));
    const keys = driver.view(TAB, 2, 4).values.map((v) => v[0]);
    driver.type(TAB, 3, 3, [Array(13).fill('')]);
    expect(driver.view(TAB, 3, 3).values[0]!.slice(0, 2)).toEqual(['', '']);
    expect(driver.view(TAB, 3, 3).values[0]![15]).toBe('');
    expect(env.urlFetch.bodies<Body>()[1]).toMatchObject({ rows: [], liveKeys: [keys[0], keys[2]] });
    expect(server.liveKeys('members').sort()).toEqual([keys[0], keys[2]].sort());
  });

  it('gives a pasted copy of a whole row (hidden key included) a key of its own', () => {
    const { driver, server } = openSpreadsheet(bundle);
    driver.type(TAB, 2, 3, [memberLine(memberCells(1))]);
    const original = driver.view(TAB, 2, 2).values[0]!;
    driver.type(TAB, 3, 1, [original.slice(0, 15)]);
    const copy = driver.view(TAB, 3, 3).values[0]!;
    expect(copy[0]).toBe(uuid(4));
    expect(original[0]).toBe(uuid(2));
    expect(server.liveKeys('members').sort()).toEqual([uuid(2), uuid(4)]);
  });
});
