// Runs the real bundle (dist/Code.js) in a vm context over the fakes and acts as the clerk: type, paste, delete.
import { createContext, runInContext } from 'node:vm';
import { typedValue } from '../fakes/cell-format';
import type { Environment } from '../fakes/environment';
import { EventType } from '../fakes/fake-script-app';

export interface TabView {
  values: unknown[][];
  display: string[][];
  notes: string[][];
  backgrounds: string[][];
}

export class ScriptDriver {
  private readonly context: Record<string, unknown>;

  constructor(
    readonly env: Environment,
    code: string,
  ) {
    this.context = createContext({ ...env.globals });
    runInContext(code, this.context, { filename: 'Code.js' });
  }

  /** Calls a top-level function of Code.js, as Apps Script does for triggers and menu items. */
  run(name: string, event?: unknown): unknown {
    const fn = this.context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return fn(event);
  }

  open() {
    this.run('onOpen', { source: this.env.spreadsheet, authMode: 'LIMITED' });
    return this.env.ui.menus.get('双培双带') ?? [];
  }

  /** Clicks a menu item by its label; answers the prompts it asks with `answers`. */
  menu(label: string, answers: (string | null)[] = []) {
    const item = (this.env.ui.menus.get('双培双带') ?? []).find((i) => i?.label === label);
    if (!item) throw new Error(`no menu item ${label}`);
    this.env.ui.answers.push(...answers);
    this.run(item.handler);
    return this.env.ui.lastAlert()?.message ?? '';
  }

  /** Types (or pastes) a block as a clerk would: text parses as Sheets parses it; then the edit triggers fire. */
  type(tab: string, row: number, column: number, block: unknown[][]) {
    const ss = this.env.spreadsheet;
    const sheet = ss.sheet(tab);
    ss.setActiveSheet(sheet);
    const lastRow = row + block.length - 1;
    if (lastRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
    for (const [i, line] of block.entries()) {
      for (const [j, input] of line.entries()) {
        const cell = sheet.cell(row + i, column + j);
        cell.value = typedValue(input, cell.format, ss.getSpreadsheetTimeZone());
      }
    }
    const range = sheet.getRange(row, column, block.length, block[0]!.length);
    for (const handler of this.env.scriptApp.handlersFor(EventType.ON_EDIT)) {
      this.run(handler, { range, source: ss, authMode: 'FULL', triggerUid: 'edit' });
    }
  }

  deleteRows(tab: string, row: number, count: number) {
    const ss = this.env.spreadsheet;
    const sheet = ss.setActiveSheet(ss.sheet(tab));
    sheet.deleteRows(row, count);
    this.change('REMOVE_ROW');
  }

  insertRows(tab: string, before: number, count: number) {
    const ss = this.env.spreadsheet;
    ss.setActiveSheet(ss.sheet(tab)).insertRowsBefore(before, count);
    this.change('INSERT_ROW');
  }

  private change(changeType: string) {
    for (const handler of this.env.scriptApp.handlersFor(EventType.ON_CHANGE)) {
      this.run(handler, { changeType, source: this.env.spreadsheet, authMode: 'FULL', triggerUid: 'change' });
    }
  }

  /** Runs a time-driven trigger's handler, if such a trigger is installed. */
  tick(handler: string, minutes = 0) {
    this.env.clock.advance(minutes * 60_000);
    if (!this.env.scriptApp.triggers.some((t) => t.handler === handler && t.eventType === EventType.CLOCK)) {
      throw new Error(`no time-driven trigger for ${handler}`);
    }
    this.run(handler, { authMode: 'FULL', triggerUid: 'clock' });
  }

  /** What the clerk sees in rows `first…last` of a tab. */
  view(tab: string, first = 1, last?: number): TabView {
    const sheet = this.env.spreadsheet.sheet(tab);
    const end = last ?? Math.max(sheet.getLastRow(), first);
    const range = sheet.getRange(first, 1, end - first + 1, Math.max(sheet.getLastColumn(), 1));
    return {
      values: range.getValues(),
      display: range.getDisplayValues(),
      notes: range.getNotes(),
      backgrounds: range.getBackgrounds(),
    };
  }

  /** Script configuration, as 设置同步参数 would save it. */
  configure(baseUrl: string, county: string, township: string | null) {
    this.env.properties.script.setProperties({
      SHUANGPEI_BASE_URL: baseUrl,
      SHUANGPEI_COUNTY: county,
      SHUANGPEI_TOWNSHIP: township ?? '',
    });
  }
}
