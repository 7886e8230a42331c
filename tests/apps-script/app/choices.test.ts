import { describe, expect, it } from 'vitest';
import { applyChoices } from '../../../apps-script/src/app/choices';
import { flush } from '../../../apps-script/src/app/flush';
import { initializeTabs } from '../../../apps-script/src/app/initialize';
import { layoutOf } from '../../../apps-script/src/app/layout';
import type { Cell } from '../../../apps-script/src/app/ports';
import { recordEdit } from '../../../apps-script/src/app/record-edit';
import { templateOf } from '../../../apps-script/src/app/template';
import { trainingRequestsLedger } from '../../../functions/src/core/ledgers';
import { MemorySheet, MemoryStore, memoryServices, type Posted } from '../support/memory-ports';

const COURSE = 4; // 行键, 行版本, 申报编号, 课程名称
const template = templateOf(trainingRequestsLedger);
const layout = () => {
  const checked = layoutOf(trainingRequestsLedger, template.headers);
  if (!checked.ok) throw new Error(checked.message);
  return checked.value;
};

const MENU = { 课程名称: ['柑橘栽培技术', '农村电商'] };
const fail = (message: string) => {
  throw new Error(`unexpected notice: ${message}`);
};

describe('applyChoices', () => {
  it('sets a column’s dropdown in one write, again only when the list changes, and removes it when empty', () => {
    const state = new MemoryStore();
    const sheet = new MemorySheet('培训申报', [template.headers]);
    const apply = (choices: unknown) =>
      applyChoices(state, sheet, layout(), 'trainingRequests', choices, { notify: fail });
    expect(apply({ 课程名称: ['柑橘栽培技术', '农村电商'] })).toBe(1);
    expect(sheet.dropdowns.get(COURSE)).toEqual(['柑橘栽培技术', '农村电商']);
    expect(state.all()).toEqual({
      'choices.trainingRequests.课程名称': '{"column":4,"options":["柑橘栽培技术","农村电商"]}',
    });
    expect(apply({ 课程名称: ['柑橘栽培技术', '农村电商'] })).toBe(0);
    expect(apply({ 课程名称: ['安全生产', '柑橘栽培技术', '农村电商'] })).toBe(1);
    expect(sheet.dropdowns.get(COURSE)).toEqual(['安全生产', '柑橘栽培技术', '农村电商']);
    expect(apply({ 课程名称: [] })).toBe(1);
    expect([sheet.dropdowns.size, state.all()]).toEqual([0, {}]);
    expect(apply({ 课程名称: [] })).toBe(0);
    expect(sheet.writes).toEqual(['dropdown 4 2', 'dropdown 4 3', 'dropdown 4 0']);
  });

  it('ignores what it cannot place: no choices, an unknown column, a malformed list', () => {
    const state = new MemoryStore();
    const sheet = new MemorySheet('培训申报', [template.headers]);
    for (const choices of [
      undefined,
      null,
      [],
      'x',
      { 培训名称: ['a'] },
      { 课程名称: 'a' },
      { 课程名称: [1] },
    ])
      expect(applyChoices(state, sheet, layout(), 'trainingRequests', choices, { notify: fail })).toBe(0);
    expect([sheet.writes, state.all()]).toEqual([[], {}]);
  });

  it('sets the remembered list again when forced (a full sync mends a dropdown a paste removed)', () => {
    const state = new MemoryStore();
    const sheet = new MemorySheet('培训申报', [template.headers]);
    const apply = (force: boolean) =>
      applyChoices(state, sheet, layout(), 'trainingRequests', MENU, { force, notify: fail });
    expect([apply(false), apply(false), apply(true)]).toEqual([1, 0, 1]);
    expect(sheet.writes).toEqual(['dropdown 4 2', 'dropdown 4 2']);
  });

  it('reports a list the sheet cannot hold or a failed write, remembers nothing, and never throws', () => {
    const state = new MemoryStore();
    const sheet = new MemorySheet('培训申报', [template.headers]);
    const said: string[] = [];
    const notify = (m: string) => said.push(m);
    const many = { 课程名称: Array.from({ length: 501 }, (_, i) => `课程${i + 1}`) };
    expect(applyChoices(state, sheet, layout(), 'trainingRequests', many, { notify })).toBe(0);
    sheet.setDropdown = () => {
      throw new Error('服务暂不可用');
    };
    expect(applyChoices(state, sheet, layout(), 'trainingRequests', MENU, { notify })).toBe(0);
    expect([said, sheet.writes, state.all()]).toEqual([
      [
        '课程名称：县级表格中有 501 项，下拉列表最多 500 项，未设下拉列表；请照县级表格填写，名称须完全一致',
        '课程名称：下拉列表未能设置（服务暂不可用），下次同步时再试',
      ],
      [],
      {},
    ]);
  });
});

const answer = (p: Posted) => ({
  status: 200,
  body: JSON.stringify({
    sheetWarnings: [],
    rows: (p.body.rows as { key: string; row: number }[]).map((r) => ({
      ...r,
      result: 'created',
      status: 'ok',
      errors: [],
      warnings: [],
    })),
    ...(p.body.ledger === 'trainingRequests' ? { choices: MENU } : {}),
  }),
});

function spreadsheet(township: string, reply = answer) {
  const m = memoryServices(reply);
  m.s.settings.set({
    SHUANGPEI_BASE_URL: 'https://fn.example',
    SHUANGPEI_COUNTY: '示范县',
    SHUANGPEI_TOWNSHIP: township,
  });
  return m;
}

describe('初始化台账 and the 培训申报 dropdown', () => {
  it('asks once with an empty push and sets the course dropdown', () => {
    const m = spreadsheet('城关镇');
    expect(initializeTabs(m.s)).toBe(
      '已创建：乡土人才、农民党员、帮带结对、帮带记录、培训申报、培训记录、示范基地',
    );
    expect(m.posted.map((p) => p.body)).toEqual([
      {
        spreadsheetId: 'sheet-chengguan',
        county: '示范县',
        township: '城关镇',
        ledger: 'trainingRequests',
        headers: template.headers,
        rows: [],
      },
    ]);
    expect(m.sheets.get('培训申报')!.dropdowns.get(COURSE)).toEqual(MENU.课程名称);
    expect(m.toasts).toEqual([]);
  });

  it('sets the list again on a tab made anew, though the list is the same', () => {
    const m = spreadsheet('城关镇');
    initializeTabs(m.s);
    m.sheets.delete('培训申报');
    initializeTabs(m.s);
    expect(m.posted).toHaveLength(2);
    expect(m.sheets.get('培训申报')!.dropdowns.get(COURSE)).toEqual(MENU.课程名称);
  });

  it('fails quietly with a toast when the server cannot be reached', () => {
    const m = spreadsheet('城关镇', () => {
      throw new Error('Address unavailable');
    });
    expect(initializeTabs(m.s)).toMatch(/^已创建：/);
    expect(m.toasts).toEqual([
      {
        title: '「培训申报」的下拉列表暂未取得',
        message:
          '无法连接服务器（Address unavailable）\n本表下次同步（或全量同步、每晚的自动同步）时会再取得。',
      },
    ]);
    expect(m.sheets.get('培训申报')!.dropdowns.size).toBe(0);
    expect(m.s.state.all()).toEqual({});
  });

  it('asks nothing in the county spreadsheet, which holds 联系点 itself', () => {
    const m = spreadsheet('');
    initializeTabs(m.s);
    expect(m.posted).toEqual([]);
  });
});

describe('a push of 培训申报', () => {
  it('refreshes the dropdown from the answer without any extra request', () => {
    const m = spreadsheet('城关镇');
    m.s.spreadsheet.createTab(template);
    const sheet = m.sheets.get('培训申报')!;
    sheet.setValues(2, 3, [['2026-01', '柑橘栽培技术', '2026-12-10', '', 30, '待审核', ''] as Cell[]]);
    recordEdit(m.s, { sheetName: '培训申报', row: 2, column: 3, rows: 1, columns: 7 });
    expect(flush(m.s, 'auto', 0)).toMatchObject({ requests: 1, sent: 1 });
    expect(m.posted).toHaveLength(1);
    expect(sheet.dropdowns.get(COURSE)).toEqual(MENU.课程名称);
  });
});
