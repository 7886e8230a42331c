import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../apps-script/src/app/layout';
import { ERROR_BACKGROUND, paintRun, WARNING_BACKGROUND } from '../../../apps-script/src/app/render-results';
import { templateOf } from '../../../apps-script/src/app/template';
import { membersLedger } from '../../../functions/src/core/ledgers';

const headers = templateOf(membersLedger).headers;
const layout = (() => {
  const l = layoutOf(membersLedger, headers);
  if (!l.ok) throw new Error(l.message);
  return l.value;
})();
// Columns C (姓名) … P (同步状态): 14 columns; 身份证号 is D (index 1), 实用技术二 is K (index 8).
const width = 14;
const blankRow = (fill = '', bg = '#ffffff') => ({
  notes: Array(width).fill(fill),
  bgs: Array(width).fill(bg),
});
const ID = 1;
const SKILL_TWO = 8;
const STATUS = 13;

describe('paintRun', () => {
  it('puts each message on its cell: errors light red, warnings light yellow; the status says the worst', () => {
    const old = blankRow();
    const painted = paintRun(
      layout,
      3,
      [
        {
          row: 2,
          status: 'error',
          errors: [{ column: '身份证号', message: '身份证号：校验位应为 4，请核对' }],
          warnings: [
            { column: '实用技术二', message: '实用技术二：与实用技术一相同，请填写另一门技术或留空' },
          ],
        },
      ],
      [old.notes],
      [old.bgs],
    );
    const notes = Array(width).fill('');
    notes[ID] = '身份证号：校验位应为 4，请核对';
    notes[SKILL_TWO] = '实用技术二：与实用技术一相同，请填写另一门技术或留空';
    const backgrounds = Array(width).fill('#ffffff');
    backgrounds[ID] = ERROR_BACKGROUND;
    backgrounds[SKILL_TWO] = WARNING_BACKGROUND;
    backgrounds[STATUS] = ERROR_BACKGROUND;
    expect(painted).toEqual({ notes: [notes], backgrounds: [backgrounds], statuses: [['有错误']] });
  });

  it('clears our notes and colours once fixed, and leaves a clerk’s own note and colour alone', () => {
    const notes = Array(width).fill('');
    const bgs = Array(width).fill('#ffffff');
    notes[ID] = '身份证号：校验位应为 4，请核对';
    bgs[ID] = ERROR_BACKGROUND;
    notes[0] = '村里的老党员';
    bgs[0] = '#00ff00';
    bgs[STATUS] = ERROR_BACKGROUND;
    const painted = paintRun(layout, 3, [{ row: 2, status: 'ok', errors: [], warnings: [] }], [notes], [bgs]);
    const wantNotes = Array(width).fill('');
    wantNotes[0] = '村里的老党员';
    const wantBgs: (string | null)[] = Array(width).fill('#ffffff');
    wantBgs[0] = '#00ff00';
    wantBgs[ID] = null;
    wantBgs[STATUS] = null;
    expect(painted).toEqual({ notes: [wantNotes], backgrounds: [wantBgs], statuses: [['已同步']] });
  });

  it('puts messages about a column the sheet does not have on the status cell', () => {
    const without = layoutOf(
      membersLedger,
      headers.filter((h) => h !== '实用技术二'),
    );
    if (!without.ok) throw new Error(without.message);
    const old = { notes: Array(width - 1).fill(''), bgs: Array(width - 1).fill('#ffffff') };
    const painted = paintRun(
      without.value,
      3,
      [
        {
          row: 7,
          status: 'warning',
          errors: [],
          warnings: [{ column: '实用技术二', message: '实用技术二：与实用技术一相同' }],
        },
      ],
      [old.notes],
      [old.bgs],
    );
    expect(painted.notes[0]![width - 2]).toBe('实用技术二：与实用技术一相同');
    expect(painted.backgrounds[0]![width - 2]).toBe(WARNING_BACKGROUND);
    expect(painted.statuses).toEqual([['有提示']]);
  });
});
