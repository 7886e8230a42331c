import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  countyChoices,
  LIST_SHEET,
  readLedgerWorkbook,
  writeTownshipTemplate,
} from '../../../functions/src/local/workbooks';
import { useTempDir } from './temp-dir';

const temp = useTempDir('county-choices');
const course = (name: string, hours: number | null = 8) => ({
  课程名称: name,
  培训类别: '农村实用技术',
  培训形式: '集中办班',
  学时: hours,
});
const menu = (...rows: ReturnType<typeof course>[]) =>
  countyChoices(new Map([['trainingMenu', rows]]), '2026-11-25');

async function open(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('township template with the county’s 培训菜单', () => {
  it('gives 培训申报.课程名称 a warning dropdown of the valid courses, listed on a very hidden sheet', async () => {
    const path = temp.path('with-menu.xlsx');
    await writeTownshipTemplate(
      path,
      menu(course('农村电商'), course('柑橘栽培技术'), course('安全生产', null), course('党的基本知识')),
    );
    const workbook = await open(path);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['乡土人才', 'visible'],
      ['农民党员', 'visible'],
      ['帮带结对', 'visible'],
      ['帮带记录', 'visible'],
      ['培训申报', 'visible'],
      ['培训记录', 'visible'],
      ['示范基地', 'visible'],
      [LIST_SHEET, 'veryHidden'],
    ]);
    const requests = workbook.getWorksheet('培训申报')!;
    expect(requests.getCell('B2').dataValidation).toEqual({
      type: 'list',
      allowBlank: true,
      formulae: [`'${LIST_SHEET}'!$A$1:$A$3`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: '请从下拉列表中选择',
      error: '课程名称：不在县级「培训菜单」中；请从菜单中选择课程，名称须完全一致',
    });
    expect(requests.getCell('B5000').dataValidation?.formulae).toEqual([`'${LIST_SHEET}'!$A$1:$A$3`]);
    expect(requests.getCell('B5001').dataValidation).toBeUndefined();
    expect(requests.getCell('F2').dataValidation?.formulae).toEqual(['"待审核,已安排,已完成,未通过,已撤回"']);
    const list = workbook.getWorksheet(LIST_SHEET)!;
    expect(list.getColumn(1).values.slice(1)).toEqual(['党的基本知识', '柑橘栽培技术', '农村电商']);

    const read = await readLedgerWorkbook(path);
    expect([read.kind, read.tabs.length, read.ignoredTabs]).toEqual(['township', 7, [LIST_SHEET]]);
    expect(read.tabs.flatMap((t) => t.sheetIssues)).toEqual([]);
  });

  it('lists a menu far beyond Excel’s 255-character inline limit', async () => {
    const path = temp.path('long-menu.xlsx');
    const names = Array.from(
      { length: 60 },
      (_, i) => `第${String(i + 1).padStart(2, '0')}期农村实用技术培训`,
    );
    await writeTownshipTemplate(path, menu(...names.map((n) => course(n))));
    const workbook = await open(path);
    expect(workbook.getWorksheet('培训申报')!.getCell('B2').dataValidation?.formulae).toEqual([
      `'${LIST_SHEET}'!$A$1:$A$60`,
    ]);
    expect(workbook.getWorksheet(LIST_SHEET)!.getColumn(1).values.slice(1)).toEqual(names);
  });

  it('adds no dropdown and no list sheet for an empty menu', async () => {
    const path = temp.path('empty-menu.xlsx');
    await writeTownshipTemplate(path, menu(course('安全生产', null)));
    const workbook = await open(path);
    expect(workbook.worksheets.map((s) => s.name)).not.toContain(LIST_SHEET);
    expect(workbook.getWorksheet('培训申报')!.getCell('B2').dataValidation).toBeUndefined();
  });
});
