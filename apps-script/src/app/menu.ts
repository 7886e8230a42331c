// The 「双培双带」 menu: the same items everywhere, plus the county's own in county mode.
import type { Config } from './config';

export const MENU_TITLE = '双培双带';

/** An item calls a top-level function of the bundle by name; null draws a separator. */
export type MenuEntry = { label: string; handler: string } | null;

const SYNC_ITEMS: MenuEntry[] = [
  { label: '初始化台账', handler: 'menuInitialize' },
  { label: '安装触发器', handler: 'menuInstallTriggers' },
  null,
  { label: '立即同步', handler: 'menuSyncNow' },
  { label: '全量同步', handler: 'menuFullSync' },
  { label: '查看同步情况', handler: 'menuShowStatus' },
];

const COUNTY_ITEMS: MenuEntry[] = [
  null,
  { label: '立即重新考评', handler: 'menuAssessNow' },
  { label: '查看考评更新时间', handler: 'menuShowSummaryTime' },
];

const SETTINGS: MenuEntry[] = [null, { label: '设置同步参数', handler: 'menuConfigure' }];

/** Unconfigured spreadsheets get the common items; the county's appear once it is set to county mode. */
export function menuItems(config: Config | null): MenuEntry[] {
  const county = config !== null && config.township === null;
  return [...SYNC_ITEMS, ...(county ? COUNTY_ITEMS : []), ...SETTINGS];
}
