// 设置同步参数: three prompts (base URL, county, township), each checked; nothing is saved unless all pass.
import { type Checked, type Config, checkBaseUrl, checkName, loadConfig, saveConfig } from './config';
import { menuItems } from './menu';
import type { Services } from './ports';

const TITLE = '设置同步参数';

function ask<T>(s: Services, step: string, message: string, check: (text: string) => Checked<T>) {
  const text = s.ui.prompt(`${TITLE}（${step}）`, message);
  if (text === null) return null;
  const checked = check(text);
  if (!checked.ok) s.ui.alert(TITLE, `${checked.message}。未保存，请重新设置。`);
  return checked;
}

const current = (value: string | null | undefined) => (value ? `\n当前：${value}` : '');

/** Runs the prompts; returns the saved configuration, or null when cancelled or refused. */
export function configure(s: Services): Config | null {
  const old = loadConfig(s.settings);
  const url = ask(
    s,
    '1/3',
    `云函数地址（以 https:// 开头，不含 /ingest）${current(old?.baseUrl)}`,
    checkBaseUrl,
  );
  if (!url?.ok) return null;
  const county = ask(s, '2/3', `县名（例如 示范县）${current(old?.county)}`, (t) =>
    checkName(t, '县名', false),
  );
  if (!county?.ok) return null;
  const township = ask(s, '3/3', `乡镇名（例如 城关镇）。县级表格请留空。${current(old?.township)}`, (t) =>
    checkName(t, '乡镇名', true),
  );
  if (!township?.ok) return null;
  const config: Config = { baseUrl: url.value, county: county.value!, township: township.value };
  saveConfig(s.settings, config);
  const mode = config.township
    ? `乡镇表格：${config.county}${config.township}`
    : `县级表格：${config.county}`;
  s.ui.showMenu(menuItems(config));
  s.ui.alert(TITLE, `已保存（${mode}）。\n接下来请运行菜单中的「初始化台账」和「安装触发器」。`);
  return config;
}
