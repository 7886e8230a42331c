import { describe, expect, it } from 'vitest';
import { assessNow, summaryTime } from '../../../apps-script/src/app/county';
import { installTriggers, TRIGGERS } from '../../../apps-script/src/app/triggers';
import { MemorySheet, memoryServices } from '../support/memory-ports';

function county(status = 200, body = '{"year":2026}') {
  const m = memoryServices(() => ({ status, body }));
  m.s.settings.set({
    SHUANGPEI_BASE_URL: 'https://fn.example',
    SHUANGPEI_COUNTY: '示范县',
    SHUANGPEI_TOWNSHIP: '',
  });
  return m;
}

describe('立即重新考评', () => {
  it('posts {county} to assessNow with the identity token and shows the answer', () => {
    const m = county();
    expect(assessNow(m.s)).toBe('已重新考评（考评年度 2026），「考评排名」等汇总表将随后更新。');
    expect(m.posted).toEqual([
      { url: 'https://fn.example/assessNow', body: { county: '示范县' }, token: 'token-1' },
    ]);
  });

  it('says when to look when the server queued the run (as deployed)', () => {
    const m = county(200, '{"queued":true,"county":"示范县","year":2026,"message":"…"}');
    expect(assessNow(m.s)).toBe(
      '已提交重新考评（考评年度 2026）：约一两分钟后「考评排名」等汇总表更新，可用菜单「查看考评更新时间」确认',
    );
  });

  it('shows the server’s refusal', () => {
    const m = county(
      403,
      '{"error":{"code":"ASSESS_ONLY_LEADER","message":"只有县委组织部账号可以重新考评"}}',
    );
    expect(assessNow(m.s)).toBe('重新考评未完成：只有县委组织部账号可以重新考评');
  });

  it('is only for the county spreadsheet', () => {
    const m = county();
    m.s.settings.set({ SHUANGPEI_TOWNSHIP: '城关镇' });
    expect(assessNow(m.s)).toBe('此功能只在县级表格中使用（设置同步参数时乡镇名留空）');
    expect(m.posted).toEqual([]);
  });
});

describe('查看考评更新时间', () => {
  it('reads A2 of 考评排名', () => {
    const m = county();
    m.sheets.set(
      '考评排名',
      new MemorySheet('考评排名', [['考评排名'], ['计算时间：2026-11-25 02:10　考评年度：2026']]),
    );
    expect(summaryTime(m.s)).toBe('「考评排名」等汇总表最近一次写入：2026-11-25 02:10（考评年度 2026）');
  });

  it('says so when the summary has not been written yet', () => {
    expect(summaryTime(county().s)).toBe(
      '还没有「考评排名」表：请先运行「立即重新考评」，或等待每日自动考评',
    );
  });
});

describe('安装触发器', () => {
  it('replaces the project’s triggers with one of each', () => {
    const m = county();
    installTriggers(m.s);
    installTriggers(m.s);
    expect(m.triggers).toEqual(TRIGGERS);
    expect(TRIGGERS).toEqual([
      { handler: 'handleEdit', kind: 'edit' },
      { handler: 'handleChange', kind: 'change' },
      { handler: 'retrySync', kind: 'minutes', every: 5 },
      { handler: 'nightlySync', kind: 'daily', hour: 2 },
    ]);
  });
});
