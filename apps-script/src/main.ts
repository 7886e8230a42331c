// The entry points Apps Script calls by name; the build adds a top-level `function` for each export.
import { services } from './adapters/services';
import { loadConfig } from './app/config';
import { configure } from './app/configure';
import { assessNow, summaryTime } from './app/county';
import { flush } from './app/flush';
import { initializeTabs } from './app/initialize';
import { MENU_TITLE, menuItems } from './app/menu';
import type { Services } from './app/ports';
import { recordChange } from './app/record-change';
import { recordEdit } from './app/record-edit';
import { describeFlush, syncReport } from './app/status-report';
import { installTriggers } from './app/triggers';

/** How long each kind of run waits for another run to finish. */
const WAIT = { edit: 20_000, retry: 1_000, menu: 30_000, nightly: 120_000 } as const;

/** Simple trigger: adds the menu (county items only in county mode). */
export function onOpen(): void {
  const s = services();
  let config = null;
  try {
    config = loadConfig(s.settings);
  } catch {
    // Properties unavailable in this context: the common menu still works.
  }
  s.ui.showMenu(menuItems(config));
}

/** Installable on-edit trigger (not named onEdit, so it never also runs as a simple trigger). */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const s = services(e.source);
  const range = e.range;
  const edit = {
    sheetName: range.getSheet().getName(),
    row: range.getRow(),
    column: range.getColumn(),
    rows: range.getNumRows(),
    columns: range.getNumColumns(),
  };
  if (recordEdit(s, edit)) flush(s, 'auto', WAIT.edit);
}

/** Installable on-change trigger: removed rows. */
export function handleChange(e: GoogleAppsScript.Events.SheetsOnChange): void {
  const s = services(e.source);
  if (recordChange(s, e.changeType)) flush(s, 'auto', WAIT.edit);
}

/** Every 5 minutes: sends what is pending once the back-off allows. */
export function retrySync(): void {
  flush(services(), 'auto', WAIT.retry);
}

/** Every night about 02:00: every row and every live key, so deletions reach the store. */
export function nightlySync(): void {
  flush(services(), 'full', WAIT.nightly);
}

function fromMenu(title: string, run: (s: Services) => string): void {
  const s = services();
  let message: string;
  try {
    message = run(s);
  } catch (error) {
    message = `出错了：${String((error as Error)?.message ?? error)}`;
  }
  s.ui.alert(`${MENU_TITLE} · ${title}`, message);
}

export function menuInitialize(): void {
  fromMenu('初始化台账', initializeTabs);
}

export function menuInstallTriggers(): void {
  fromMenu('安装触发器', installTriggers);
}

export function menuSyncNow(): void {
  fromMenu('立即同步', (s) => describeFlush(s, flush(s, 'now', WAIT.menu)));
}

export function menuFullSync(): void {
  fromMenu('全量同步', (s) => describeFlush(s, flush(s, 'full', WAIT.menu)));
}

export function menuShowStatus(): void {
  fromMenu('查看同步情况', syncReport);
}

export function menuAssessNow(): void {
  fromMenu('立即重新考评', assessNow);
}

export function menuShowSummaryTime(): void {
  fromMenu('查看考评更新时间', summaryTime);
}

export function menuConfigure(): void {
  const s = services();
  try {
    configure(s);
  } catch (error) {
    s.ui.alert(`${MENU_TITLE} · 设置同步参数`, `出错了：${String((error as Error)?.message ?? error)}`);
  }
}
