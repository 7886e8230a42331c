// The client's configuration (functions base URL, county, township) in script properties, checked before saving.
import { type AnyLedger, COUNTY_LEDGERS, TOWNSHIP_LEDGERS } from '../../../functions/src/core/ledgers';
import type { KeyValueStore } from './ports';

export interface Config {
  /** Base URL of the functions, no trailing slash: ingest is `${baseUrl}/ingest`. */
  baseUrl: string;
  county: string;
  /** null in county mode: the county's own spreadsheet (乡镇设置, 定性考评). */
  township: string | null;
}

export const CONFIG_KEYS = {
  baseUrl: 'SHUANGPEI_BASE_URL',
  county: 'SHUANGPEI_COUNTY',
  township: 'SHUANGPEI_TOWNSHIP',
} as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[^\s?#]*)?$/;
/** Plain http only to this machine: the local stack and the tests. */
const LOOPBACK_URL = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^\s?#]*)?$/;

export function checkBaseUrl(input: string): Checked<string> {
  const url = input.trim().replace(/\/+$/, '');
  if (HTTPS_URL.test(url) || LOOPBACK_URL.test(url)) return { ok: true, value: url };
  return {
    ok: false,
    message:
      '云函数地址应以 https:// 开头，例如 https://asia-east2-项目ID.cloudfunctions.net（不含 /ingest）',
  };
}

/** County and township names become document ids on the server: no `/` or `\`, at most 30 characters. */
export function checkName(input: string, label: string, allowEmpty: boolean): Checked<string | null> {
  const name = input.trim();
  if (!name) return allowEmpty ? { ok: true, value: null } : { ok: false, message: `${label}不能为空` };
  if (/[/\\]/.test(name)) return { ok: false, message: `${label}不能包含 / 或 \\` };
  if (/^(\.|__)/.test(name)) return { ok: false, message: `${label}不能以 . 或 __ 开头` };
  if (name.length > 30) return { ok: false, message: `${label}最多 30 个字` };
  return { ok: true, value: name };
}

export function loadConfig(store: KeyValueStore): Config | null {
  const baseUrl = store.get(CONFIG_KEYS.baseUrl);
  const county = store.get(CONFIG_KEYS.county);
  if (!baseUrl || !county) return null;
  return { baseUrl, county, township: store.get(CONFIG_KEYS.township) || null };
}

export function saveConfig(store: KeyValueStore, config: Config): void {
  store.set({
    [CONFIG_KEYS.baseUrl]: config.baseUrl,
    [CONFIG_KEYS.county]: config.county,
    [CONFIG_KEYS.township]: config.township ?? '',
  });
}

/** The tabs this spreadsheet keeps: a township's ledgers (TOWNSHIP_LEDGERS), or the county's own (COUNTY_LEDGERS). */
export const ledgersOf = (config: Config): readonly AnyLedger[] =>
  config.township ? TOWNSHIP_LEDGERS : COUNTY_LEDGERS;

export const ledgerOfTab = (config: Config, tab: string): AnyLedger | null =>
  ledgersOf(config).find((l) => l.tab === tab.trim()) ?? null;

export const NOT_CONFIGURED =
  '尚未设置同步参数：请先点菜单「双培双带 → 设置同步参数」，填写云函数地址、县名和乡镇名';
