import { beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_SHEET_HEADERS, TOWNSHIP_TABS } from '../fixtures/ledger-rows';
import { type BuiltBundle, buildBundle } from './support/bundle';
import { BASE_URL, openSpreadsheet } from './support/township-script';

let bundle: BuiltBundle;
beforeAll(async () => {
  bundle = await buildBundle();
});

describe('初始化台账 in the bundle', () => {
  it('creates the township tabs laid out from the ledger definitions', () => {
    const { env, driver } = openSpreadsheet(bundle);
    const ss = env.spreadsheet;
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['工作表1', ...TOWNSHIP_TABS]);
    const sheet = ss.sheet('农民党员');
    const header = sheet.getRange(1, 1, 1, 16);
    expect(header.getValues()[0]).toEqual(MEMBER_SHEET_HEADERS);
    expect(header.getNotes()[0]![3]).toBe('18位居民身份证号码');
    expect(header.getNotes()[0]![7]).toBe('接收为预备党员的日期');
    expect(header.getFontWeights()[0]![0]).toBe('bold');
    expect(sheet.getFrozenRows()).toBe(1);
    expect([1, 2, 3, 16].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, true, false, false]);
    expect(sheet.protections).toEqual([
      {
        row: 1,
        column: 1,
        rows: 1000,
        columns: 2,
        description: '双培双带：行键与行版本由脚本维护，请勿修改',
        warningOnly: true,
      },
    ]);
    const rule = (column: number) => sheet.getRange(500, column).getDataValidation();
    expect(rule(5)?.getCriteriaValues()).toEqual([['男', '女'], true]);
    expect(rule(12)?.getCriteriaValues()).toEqual([['是', '否'], true]);
    expect(rule(13)?.getCriteriaValues()).toEqual([['无', '委员', '书记', '主任', '书记兼主任'], true]);
    expect(rule(12)?.getAllowInvalid()).toBe(true);
    expect(rule(3)).toBeNull();
    expect(sheet.getRange(1000, 8).getNumberFormats()).toEqual([['yyyy-mm-dd']]);
    expect(sheet.getRange(2, 4).getNumberFormats()).toEqual([['@']]);
    expect(sheet.getRange(1, 4).getNumberFormats()).toEqual([['']]);
    expect(driver.menu('初始化台账')).toBe(
      '已存在（未改动）：乡土人才、农民党员、帮带结对、帮带记录、培训申报、培训记录、示范基地',
    );
  });

  it('keeps typed ID numbers as text and dates as dates', () => {
    const { env, driver } = openSpreadsheet(bundle);
    driver.type('农民党员', 2, 4, [['430521197001010114']]);
    driver.type('农民党员', 2, 8, [['1998-07-01']]);
    const sheet = env.spreadsheet.sheet('农民党员');
    expect(sheet.getRange(2, 4).getValue()).toBe('430521197001010114');
    expect(sheet.getRange(2, 8).getDisplayValue()).toBe('1998-07-01');
  });

  it('installs one edit, one change, a 5-minute and a nightly trigger, once however often it is run', () => {
    const { env, driver } = openSpreadsheet(bundle);
    expect(driver.menu('安装触发器')).toBe(
      '已为 clerk@chengguan.example 安装触发器：\n· 修改单元格后自动同步\n· 删除行后同步删除\n· 同步失败时每 5 分钟检查并重试\n· 每天凌晨 2 点全量同步\n同步以安装触发器的账号身份进行。',
    );
    expect(
      env.scriptApp.triggers.map(({ handler, eventType, every, atHour, timeZone }) => ({
        handler,
        eventType,
        every,
        atHour,
        timeZone,
      })),
    ).toEqual([
      {
        handler: 'handleEdit',
        eventType: 'ON_EDIT',
        every: undefined,
        atHour: undefined,
        timeZone: undefined,
      },
      {
        handler: 'handleChange',
        eventType: 'ON_CHANGE',
        every: undefined,
        atHour: undefined,
        timeZone: undefined,
      },
      {
        handler: 'retrySync',
        eventType: 'CLOCK',
        every: { minutes: 5 },
        atHour: undefined,
        timeZone: undefined,
      },
      {
        handler: 'nightlySync',
        eventType: 'CLOCK',
        every: { days: 1 },
        atHour: 2,
        timeZone: 'Asia/Shanghai',
      },
    ]);
  });

  it('saves the settings from the menu and refuses a non-https address', () => {
    const { env, driver } = openSpreadsheet(bundle);
    expect(env.properties.script.getProperties()).toEqual({
      SHUANGPEI_BASE_URL: BASE_URL,
      SHUANGPEI_COUNTY: '示范县',
      SHUANGPEI_TOWNSHIP: '城关镇',
    });
    expect(driver.menu('设置同步参数', ['http://fn.example'])).toBe(
      '云函数地址应以 https:// 开头，例如 https://asia-east2-项目ID.cloudfunctions.net（不含 /ingest）。未保存，请重新设置。',
    );
    expect(env.properties.script.getProperty('SHUANGPEI_BASE_URL')).toBe(BASE_URL);
  });
});
