import { describe, expect, it } from 'vitest';
import { readInbox } from '../../../apps-script/src/app/inbox';
import { recordChange } from '../../../apps-script/src/app/record-change';
import { recordEdit } from '../../../apps-script/src/app/record-edit';
import { templateOf } from '../../../apps-script/src/app/template';
import { membersLedger } from '../../../functions/src/core/ledgers';
import { memoryServices } from '../support/memory-ports';

function setUp() {
  const m = memoryServices();
  m.s.settings.set({
    SHUANGPEI_BASE_URL: 'https://x',
    SHUANGPEI_COUNTY: '示范县',
    SHUANGPEI_TOWNSHIP: '城关镇',
  });
  m.s.spreadsheet.createTab(templateOf(membersLedger));
  const sheet = m.sheets.get('农民党员')!;
  sheet.setValues(2, 1, [
    ['k2', 3],
    ['', ''],
    ['k4', 1],
  ]);
  sheet.setValues(2, 3, [['王建国'], ['李四'], ['张三']]);
  return { m, sheet };
}
const edit = (row: number, column: number, rows = 1, columns = 1) => ({
  sheetName: '农民党员',
  row,
  column,
  rows,
  columns,
});

describe('recordEdit', () => {
  it('bumps the revisions of a multi-row paste, shows 待同步, and records keys or row numbers', () => {
    const { m, sheet } = setUp();
    expect(recordEdit(m.s, edit(2, 3, 3, 2))).toBe(true);
    expect(sheet.values(2, 1, 3, 2)).toEqual([
      ['k2', 4],
      ['', 1],
      ['k4', 2],
    ]);
    expect(sheet.values(2, 16, 3, 1)).toEqual([['待同步'], ['待同步'], ['待同步']]);
    expect(readInbox(m.s.state).entries).toEqual([
      { ledger: 'members', keys: ['k2', 'k4'], rows: [3], deletions: false },
    ]);
    expect(sheet.writes).toContain('values 2,2 3x1');
  });

  it('takes the data rows of a paste that also covers the header row', () => {
    const { m } = setUp();
    expect(recordEdit(m.s, edit(1, 3, 2, 1))).toBe(true);
    expect(readInbox(m.s.state).entries[0]!.keys).toEqual(['k2']);
  });

  it.each([
    ['the header row', edit(1, 3)],
    ['the hidden key column', edit(2, 1)],
    ['the hidden revision column', edit(2, 2)],
    ['the status column', edit(2, 16, 3, 1)],
    ['a column with no header', edit(2, 20)],
  ])('ignores an edit of %s', (_what, e) => {
    const { m, sheet } = setUp();
    expect(recordEdit(m.s, e)).toBe(false);
    expect(readInbox(m.s.state).entries).toEqual([]);
    expect(sheet.values(2, 2, 1, 1)).toEqual([[3]]);
  });

  it('ignores tabs that are not ledgers of this spreadsheet', () => {
    const { m } = setUp();
    expect(recordEdit(m.s, { ...edit(2, 3), sheetName: '工作表1' })).toBe(false);
    expect(recordEdit(m.s, { ...edit(2, 3), sheetName: '定性考评' })).toBe(false);
  });
});

describe('recordChange', () => {
  it('asks for a deletion sync of the active tab when rows are removed, and ignores inserted rows', () => {
    const { m } = setUp();
    m.s.spreadsheet.active = '农民党员';
    expect(recordChange(m.s, 'INSERT_ROW')).toBe(false);
    expect(recordChange(m.s, 'REMOVE_ROW')).toBe(true);
    expect(readInbox(m.s.state).entries).toEqual([
      { ledger: 'members', keys: [], rows: [], deletions: true },
    ]);
  });

  it('asks every tab when the active tab is not a ledger', () => {
    const { m } = setUp();
    m.s.spreadsheet.active = '工作表1';
    recordChange(m.s, 'REMOVE_ROW');
    expect(
      readInbox(m.s.state)
        .entries.map((e) => e.ledger)
        .sort(),
    ).toEqual(['bases', 'members', 'mentoringLogs', 'pairs', 'talents', 'trainingRequests', 'trainings']);
  });
});
