import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltBundle, buildBundle } from './support/bundle';
import { memberLines } from './support/people';
import { openSpreadsheet } from './support/township-script';

let bundle: BuiltBundle;
beforeAll(async () => {
  bundle = await buildBundle();
});

const TAB = '农民党员';
type Body = { rows: { key: string; row: number }[] };
const statuses = (driver: ReturnType<typeof openSpreadsheet>['driver'], first: number, last: number) =>
  driver.view(TAB, first, last).values.map((v) => v[15]);

describe('a server outage', () => {
  it('keeps the rows pending through failures and delivers them once the back-off has passed', () => {
    const { driver, env, server } = openSpreadsheet(bundle);
    server.outage = 503;
    driver.type(TAB, 2, 3, memberLines(1, 2));
    expect(statuses(driver, 2, 3)).toEqual(['待同步', '待同步']);
    const keys = driver.view(TAB, 2, 3).values.map((v) => v[0] as string);
    const state = JSON.parse(env.properties.document.getProperty('tab.members')!);
    expect(state.keys).toEqual(keys);
    expect(JSON.parse(env.properties.document.getProperty('retry')!)).toMatchObject({ failures: 1 });

    driver.tick('retrySync', 4); // still inside the 5-minute back-off: nothing is sent
    expect(env.urlFetch.requests).toHaveLength(1);
    driver.tick('retrySync', 1); // 5 minutes: tried, still down; next wait is 10 minutes
    expect(env.urlFetch.requests).toHaveLength(2);
    expect(JSON.parse(env.properties.document.getProperty('retry')!)).toMatchObject({
      failures: 2,
      nextAt: env.clock.now + 10 * 60_000,
      message: '数据库暂时无法连接，本次同步未完成，请稍后重新同步',
    });
    expect(driver.menu('查看同步情况')).toBe(
      [
        '示范县城关镇　账号：clerk@chengguan.example',
        '乡土人才：共 0 行，待同步 0，有错误 0，有提示 0',
        '农民党员：共 2 行，待同步 2，有错误 0，有提示 0',
        '帮带结对：共 0 行，待同步 0，有错误 0，有提示 0',
        '帮带记录：共 0 行，待同步 0，有错误 0，有提示 0',
        '培训申报：共 0 行，待同步 0，有错误 0，有提示 0',
        '培训记录：共 0 行，待同步 0，有错误 0，有提示 0',
        '示范基地：共 0 行，待同步 0，有错误 0，有提示 0',
        '上次同步失败（2026-11-25 09:05，连续 2 次）：数据库暂时无法连接，本次同步未完成，请稍后重新同步',
        '将于 2026-11-25 09:15 后自动重试，也可点「立即同步」',
        '尚未成功同步过',
      ].join('\n'),
    );

    server.outage = null;
    driver.tick('retrySync', 10);
    expect(env.urlFetch.bodies<Body>().map((b) => b.rows.map((r) => r.key))).toEqual([keys, keys, keys]);
    expect(statuses(driver, 2, 3)).toEqual(['已同步', '已同步']);
    expect(server.liveKeys('members')).toEqual(keys);
    expect(env.properties.document.getProperties()).toEqual({ lastSuccess: String(env.clock.now) });
    driver.tick('retrySync', 5);
    expect(env.urlFetch.requests).toHaveLength(3);
  });

  it('treats an exception from UrlFetchApp (no answer) like a 503', () => {
    const { driver, env, server } = openSpreadsheet(bundle);
    env.urlFetch.handler = () => {
      throw new Error(
        'Exception: Address unavailable: https://asia-east2-shuangpei.cloudfunctions.net/ingest',
      );
    };
    driver.type(TAB, 2, 3, memberLines(1, 1));
    expect(statuses(driver, 2, 2)).toEqual(['待同步']);
    expect(driver.menu('立即同步')).toBe(
      '无法连接服务器（Exception: Address unavailable: https://asia-east2-shuangpei.cloudfunctions.net/ingest）。未同步的行已保留（待同步），将于 2026-11-25 09:10 后自动重试',
    );
    env.urlFetch.handler = server.handle;
    expect(driver.menu('立即同步')).toBe('已发送 1 行：有错误 0 行，有提示 0 行');
    expect(statuses(driver, 2, 2)).toEqual(['已同步']);
  });

  it('shows a refusal in a toast and on the status header, and waits for the next edit', () => {
    const { driver, env } = openSpreadsheet(bundle);
    const sheet = env.spreadsheet.sheet(TAB);
    sheet.getRange(1, 3).setValue('名字'); // the clerk renamed a required column
    driver.type(TAB, 2, 3, memberLines(1, 1));
    expect(env.spreadsheet.toasts).toEqual([
      {
        title: '「农民党员」未能同步',
        message:
          '「农民党员」缺少必填列：姓名。请在第1行补上这些列标题（文字须完全一致）后重新同步\n修改本表后会自动重试。',
      },
    ]);
    expect(sheet.getRange(1, 16).getNote()).toBe(
      '未能同步：「农民党员」缺少必填列：姓名。请在第1行补上这些列标题（文字须完全一致）后重新同步',
    );
    expect(statuses(driver, 2, 2)).toEqual(['待同步']);
    driver.tick('retrySync', 60);
    expect(env.urlFetch.requests).toHaveLength(1);

    sheet.getRange(1, 3).setValue('姓名');
    driver.type(TAB, 2, 5, [['男']]);
    expect(env.urlFetch.requests).toHaveLength(2);
    expect(statuses(driver, 2, 2)).toEqual(['已同步']);
    expect(sheet.getRange(1, 16).getNote()).toBe('');
  });
});
