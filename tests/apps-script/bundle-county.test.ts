import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltBundle, buildBundle } from './support/bundle';
import { openSpreadsheet } from './support/township-script';

let bundle: BuiltBundle;
beforeAll(async () => {
  bundle = await buildBundle();
});

describe('the county spreadsheet (township left empty)', () => {
  it('keeps the county’s own tabs and pushes them without a township', () => {
    const { driver, env } = openSpreadsheet(bundle, null);
    expect(driver.open().map((i) => i?.label ?? '—')).toEqual([
      '初始化台账',
      '安装触发器',
      '—',
      '立即同步',
      '全量同步',
      '查看同步情况',
      '—',
      '立即重新考评',
      '查看考评更新时间',
      '—',
      '设置同步参数',
    ]);
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      '工作表1',
      '乡镇设置',
      '定性考评',
      '培训菜单',
      '联系点',
      '督办记录',
    ]);
    driver.type('定性考评', 2, 3, [['2026', '城关镇', '88', '2', '0', '台账规范']]);
    const [body] = env.urlFetch.bodies();
    expect(body).toEqual({
      spreadsheetId: 'sheet-chengguan',
      county: '示范县',
      ledger: 'qualitativeScores',
      headers: ['行键', '行版本', '考评年度', '乡镇', '定性得分', '加分', '扣分', '说明', '同步状态'],
      rows: [
        {
          key: '00000000-0000-4000-8000-000000000002',
          revision: 1,
          row: 2,
          cells: { 考评年度: 2026, 乡镇: '城关镇', 定性得分: 88, 加分: 2, 扣分: 0, 说明: '台账规范' },
        },
      ],
    });
    expect(driver.view('定性考评', 2, 2).values[0]![8]).toBe('已同步');
  });

  it('asks the server to reassess and shows when the summary tabs were last written', () => {
    const { driver, env, server } = openSpreadsheet(bundle, null);
    driver.open();
    expect(driver.menu('立即重新考评')).toBe(
      '已重新考评（考评年度 2026），「考评排名」等汇总表将随后更新。\n已计算 2 个乡镇',
    );
    expect(server.assessed).toEqual([{ county: '示范县' }]);
    expect(env.urlFetch.requests.at(-1)!.url).toBe(
      'https://asia-east2-shuangpei.cloudfunctions.net/assessNow',
    );
    expect(driver.menu('查看考评更新时间')).toBe(
      '还没有「考评排名」表：请先运行「立即重新考评」，或等待每日自动考评',
    );
    const ranking = env.spreadsheet.insertSheet('考评排名');
    ranking.getRange(2, 1).setValue('计算时间：2026-11-25 02:10　考评年度：2026');
    expect(driver.menu('查看考评更新时间')).toBe(
      '「考评排名」等汇总表最近一次写入：2026-11-25 02:10（考评年度 2026）',
    );
  });
});
