import { describe, expect, it } from 'vitest';
import { checkBaseUrl, checkName, ledgerOfTab, loadConfig } from '../../../apps-script/src/app/config';
import { configure } from '../../../apps-script/src/app/configure';
import { menuItems } from '../../../apps-script/src/app/menu';
import { memoryServices } from '../support/memory-ports';

describe('configuration checks', () => {
  it('accepts https URLs (trailing slashes dropped) and plain http only to this machine', () => {
    expect(checkBaseUrl(' https://asia-east2-shuangpei.cloudfunctions.net/ ')).toEqual({
      ok: true,
      value: 'https://asia-east2-shuangpei.cloudfunctions.net',
    });
    expect(checkBaseUrl('http://127.0.0.1:8080')).toEqual({ ok: true, value: 'http://127.0.0.1:8080' });
    for (const bad of ['http://example.com', 'ftp://x', 'asia-east2.cloudfunctions.net', 'https://a b', '']) {
      expect(checkBaseUrl(bad)).toEqual({
        ok: false,
        message:
          '云函数地址应以 https:// 开头，例如 https://asia-east2-项目ID.cloudfunctions.net（不含 /ingest）',
      });
    }
  });

  it('refuses empty county names and names with / or \\; an empty township means county mode', () => {
    expect(checkName(' 示范县 ', '县名', false)).toEqual({ ok: true, value: '示范县' });
    expect(checkName('', '县名', false)).toEqual({ ok: false, message: '县名不能为空' });
    expect(checkName('城关/镇', '乡镇名', true)).toEqual({ ok: false, message: '乡镇名不能包含 / 或 \\' });
    expect(checkName('a\\b', '乡镇名', true)).toEqual({ ok: false, message: '乡镇名不能包含 / 或 \\' });
    expect(checkName('__x', '乡镇名', true)).toEqual({ ok: false, message: '乡镇名不能以 . 或 __ 开头' });
    expect(checkName('  ', '乡镇名', true)).toEqual({ ok: true, value: null });
  });
});

describe('设置同步参数', () => {
  it('saves the three answers to script properties and switches the menu to county mode', () => {
    const m = memoryServices();
    m.prompts.push('https://fn.example/', '示范县', '');
    expect(configure(m.s)).toEqual({ baseUrl: 'https://fn.example', county: '示范县', township: null });
    expect(m.s.settings.all()).toEqual({
      SHUANGPEI_BASE_URL: 'https://fn.example',
      SHUANGPEI_COUNTY: '示范县',
      SHUANGPEI_TOWNSHIP: '',
    });
    expect(m.alerts).toEqual([
      {
        title: '设置同步参数',
        message: '已保存（县级表格：示范县）。\n接下来请运行菜单中的「初始化台账」和「安装触发器」。',
      },
    ]);
    expect(ledgerOfTab(loadConfig(m.s.settings)!, '定性考评')?.id).toBe('qualitativeScores');
    expect(ledgerOfTab(loadConfig(m.s.settings)!, '乡土人才')).toBeNull();
  });

  it('saves nothing when an answer is refused, and says why', () => {
    const m = memoryServices();
    m.prompts.push('https://fn.example', '示范/县');
    expect(configure(m.s)).toBeNull();
    expect(m.s.settings.all()).toEqual({});
    expect(m.alerts).toEqual([
      { title: '设置同步参数', message: '县名不能包含 / 或 \\。未保存，请重新设置。' },
    ]);
  });

  it('saves nothing when cancelled', () => {
    const m = memoryServices();
    m.prompts.push('https://fn.example', null);
    expect(configure(m.s)).toBeNull();
    expect(m.s.settings.all()).toEqual({});
    expect(m.alerts).toEqual([]);
  });
});

describe('menu', () => {
  const labels = (c: Parameters<typeof menuItems>[0]) => menuItems(c).map((i) => i?.label ?? '—');
  it('adds 立即重新考评 and 查看考评更新时间 only in county mode', () => {
    const common = ['初始化台账', '安装触发器', '—', '立即同步', '全量同步', '查看同步情况'];
    expect(labels({ baseUrl: 'https://x', county: '示范县', township: '城关镇' })).toEqual([
      ...common,
      '—',
      '设置同步参数',
    ]);
    expect(labels({ baseUrl: 'https://x', county: '示范县', township: null })).toEqual([
      ...common,
      '—',
      '立即重新考评',
      '查看考评更新时间',
      '—',
      '设置同步参数',
    ]);
    expect(labels(null)).toEqual([...common, '—', '设置同步参数']);
  });
});
