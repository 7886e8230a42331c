import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltBundle, buildBundle } from './support/bundle';
import { FakeIngestServer } from './support/fake-ingest-server';
import { openSpreadsheet } from './support/township-script';

let bundle: BuiltBundle;
beforeAll(async () => {
  bundle = await buildBundle();
});

const TAB = '培训申报';
const COURSE = 4; // 行键, 行版本, 申报编号, 课程名称
const request = (no: string) => [no, '柑橘栽培技术', '2026-12-10', '', '30', '待审核', ''];

function withMenu(courses: string[] | null) {
  const server = new FakeIngestServer();
  if (courses) server.choices.trainingRequests = { 课程名称: courses };
  return server;
}

describe('the 培训申报 course dropdown in the bundle', () => {
  it('is there once 初始化台账 has asked, warning-only over every data row', () => {
    const { env, setup } = openSpreadsheet(bundle, '城关镇', withMenu(['柑橘栽培技术', '农村电商']));
    expect(setup.map((r) => JSON.parse(r.payload))).toEqual([
      expect.objectContaining({ ledger: 'trainingRequests', township: '城关镇', rows: [] }),
    ]);
    const sheet = env.spreadsheet.sheet(TAB);
    for (const row of [2, 1000]) {
      const rule = sheet.getRange(row, COURSE).getDataValidation();
      expect(rule?.getCriteriaValues()).toEqual([['柑橘栽培技术', '农村电商'], true]);
      expect(rule?.getAllowInvalid()).toBe(true);
    }
    expect(sheet.getRange(1, COURSE).getDataValidation()).toBeNull();
  });

  it('appears after a push and follows the menu, written only when the list changed', () => {
    const server = withMenu(null);
    const { driver, env } = openSpreadsheet(bundle, '城关镇', server);
    const sheet = env.spreadsheet.sheet(TAB);
    const rule = () => sheet.getRange(2, COURSE).getDataValidation()?.getCriteriaValues()[0];
    const validationWrites = () =>
      env.spreadsheet.writes.filter((w) => w.method === 'setDataValidation' && w.sheet === TAB);
    expect(rule()).toBeUndefined();
    const before = validationWrites().length;

    server.choices.trainingRequests = { 课程名称: ['柑橘栽培技术', '农村电商'] };
    driver.type(TAB, 2, 3, [request('2026-01')]);
    expect(env.urlFetch.requests).toHaveLength(1);
    expect(rule()).toEqual(['柑橘栽培技术', '农村电商']);
    expect(validationWrites().slice(before)).toEqual([
      { method: 'setDataValidation', sheet: TAB, a1: 'D2:D1000', rows: 999, columns: 1 },
    ]);

    driver.type(TAB, 3, 3, [request('2026-02')]);
    expect(validationWrites().length).toBe(before + 1); // same list: nothing written

    server.choices.trainingRequests = { 课程名称: ['安全生产', '柑橘栽培技术', '农村电商'] };
    driver.type(TAB, 4, 3, [request('2026-03')]);
    expect(rule()).toEqual(['安全生产', '柑橘栽培技术', '农村电商']);
    expect(sheet.getRange(1000, COURSE).getDataValidation()?.getCriteriaValues()[0]).toHaveLength(3);
    expect(env.urlFetch.requests).toHaveLength(3);
    expect(driver.view(TAB, 2, 4).values.map((v) => v[9])).toEqual(['已同步', '已同步', '已同步']);
  });

  it('leaves the tab as it was and says so in a toast when 初始化台账 runs offline', () => {
    const server = withMenu(['柑橘栽培技术']);
    server.outage = 503;
    const { env } = openSpreadsheet(bundle, '城关镇', server);
    expect(env.spreadsheet.sheet(TAB).getRange(2, COURSE).getDataValidation()).toBeNull();
    expect(env.spreadsheet.toasts.at(-1)).toEqual({
      title: '「培训申报」的下拉列表暂未取得',
      message:
        '数据库暂时无法连接，本次同步未完成，请稍后重新同步\n本表下次同步（或全量同步、每晚的自动同步）时会再取得。',
    });
    expect(env.properties.document.getKeys()).toEqual([]);
  });
});
