import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COUNTY_LEDGERS, TOWNSHIP_LEDGERS } from '../../../functions/src/core/ledgers';
import {
  readLedgerWorkbook,
  writeCountyTemplate,
  writeTownshipTemplate,
} from '../../../functions/src/local/workbooks';
import { headersOf, TOWNSHIP_TABS } from '../../fixtures/ledger-rows';
import { useTempDir } from './temp-dir';

const temp = useTempDir('templates');

async function open(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const headerValues = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

describe('township template', () => {
  it('holds the township ledgers in order, each header row exactly the ledger headers', async () => {
    const path = temp.path('township.xlsx');
    await writeTownshipTemplate(path);
    const workbook = await open(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(TOWNSHIP_TABS);
    for (const ledger of TOWNSHIP_LEDGERS) {
      const sheet = workbook.getWorksheet(ledger.tab)!;
      expect(headerValues(sheet)).toEqual(headersOf(ledger));
      expect(sheet.actualRowCount).toBe(1);
    }
  });

  it('has bold frozen headers, notes from the hints, widths, date and text formats', async () => {
    const path = temp.path('township-format.xlsx');
    await writeTownshipTemplate(path);
    const sheet = (await open(path)).getWorksheet('乡土人才')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('D1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('B1').note).toBe('18位居民身份证号码');
    expect(sheet.getCell('C1').note).toBe('可不填，按身份证号判断');
    expect(sheet.getCell('A1').note).toBeUndefined();
    expect(sheet.getColumn(1).width).toBe(10); // 姓名
    expect(sheet.getColumn(2).width).toBe(22); // 身份证号
    expect(sheet.getColumn(2).numFmt).toBe('@');
    expect(sheet.getColumn(7).numFmt).toBe('@'); // 联系电话
    const dateColumns = [11, 13, 14, 15, 16, 17]; // 入库日期, 入党申请日期 … 转正日期
    for (const column of dateColumns) expect(sheet.getColumn(column).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getColumn(1).numFmt).toBeUndefined();
  });

  it('offers dropdowns for choice and yes/no columns over rows 2–5000, and nowhere else', async () => {
    const path = temp.path('township-dropdowns.xlsx');
    await writeTownshipTemplate(path);
    const workbook = await open(path);
    const talents = workbook.getWorksheet('乡土人才')!;
    expect(talents.getCell('C2').dataValidation).toEqual({
      type: 'list',
      allowBlank: true,
      formulae: ['"男,女"'],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '请从下拉列表中选择',
      error: '可选：男、女',
    });
    expect(talents.getCell('J5000').dataValidation?.formulae).toEqual(['"是,否"']); // 是否拔尖人才
    expect(talents.getCell('L2').dataValidation?.formulae).toEqual([
      '"群众,入党申请人,入党积极分子,发展对象,预备党员,正式党员"',
    ]);
    expect(talents.getCell('H2').dataValidation?.formulae).toEqual(['"农,林,牧,副,渔,工,商,建,运,服"']);
    expect(talents.getCell('C5001').dataValidation).toBeUndefined();
    expect(talents.getCell('C1').dataValidation).toBeUndefined();
    expect(talents.getCell('A2').dataValidation).toBeUndefined();
    const pairs = workbook.getWorksheet('帮带结对')!;
    expect(pairs.getCell('A2').dataValidation?.formulae).toEqual(['"2+1,1+1"']);
    expect(pairs.getCell('J3').dataValidation?.formulae).toEqual(['"进行中,已完成,已中止"']); // 状态, after 结束日期 and 帮带职责
    const members = workbook.getWorksheet('农民党员')!;
    expect(members.getCell('K4999').dataValidation?.formulae).toEqual(['"无,委员,书记,主任,书记兼主任"']);
  });

  it('reads back as an empty township workbook without sheet problems', async () => {
    const path = temp.path('township-read.xlsx');
    await writeTownshipTemplate(path);
    const workbook = await readLedgerWorkbook(path);
    expect(workbook.kind).toBe('township');
    expect(workbook.ignoredTabs).toEqual([]);
    expect(workbook.tabs.map((t) => [t.ledger.id, t.headerRowNumber, t.rows.length, t.sheetIssues])).toEqual([
      ['talents', 1, 0, []],
      ['members', 1, 0, []],
      ['pairs', 1, 0, []],
      ['mentoringLogs', 1, 0, []],
      ['trainingRequests', 1, 0, []],
      ['trainings', 1, 0, []],
      ['bases', 1, 0, []],
    ]);
  });
});

describe('county template', () => {
  it('holds 乡镇设置 and 定性考评 with their headers and reads back as a county workbook', async () => {
    const path = temp.path('county.xlsx');
    await writeCountyTemplate(path);
    const workbook = await open(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '乡镇设置',
      '定性考评',
      '培训菜单',
      '联系点',
      '督办记录',
    ]);
    for (const ledger of COUNTY_LEDGERS) {
      expect(headerValues(workbook.getWorksheet(ledger.tab)!)).toEqual(headersOf(ledger));
    }
    expect(workbook.getWorksheet('乡镇设置')!.getCell('C1').note).toBe('本年度计划从乡土人才中发展党员人数');
    expect(workbook.getWorksheet('定性考评')!.getCell('C1').note).toBe('0–100');
    const read = await readLedgerWorkbook(path);
    expect(read.kind).toBe('county');
    expect(read.tabs.map((t) => t.ledger.id)).toEqual(COUNTY_LEDGERS.map((l) => l.id));
  });

  it('lists 乡镇设置’s townships in 联系乡镇 and 督办记录.乡镇, and 联系点’s leaders in 督办记录, live', async () => {
    const path = temp.path('county-lists.xlsx');
    await writeCountyTemplate(path);
    const workbook = await open(path);
    const points = workbook.getWorksheet('联系点')!;
    const visits = workbook.getWorksheet('督办记录')!;
    expect(points.getCell('C1').value).toBe('联系乡镇');
    expect(points.getCell('C2').dataValidation).toEqual({
      type: 'list',
      allowBlank: true,
      formulae: ["'乡镇设置'!$A$2:$A$5000"],
      showErrorMessage: true,
      errorStyle: 'warning', // a cell may name several townships: 乙乡、丙镇
      errorTitle: '请从下拉列表中选择',
      error: '联系乡镇：不在「乡镇设置」中；请从下拉列表中选择乡镇（多个用、分隔）',
    });
    expect(points.getCell('C5000').dataValidation?.formulae).toEqual(["'乡镇设置'!$A$2:$A$5000"]);
    expect(points.getCell('A2').dataValidation).toBeUndefined();
    expect(visits.getCell('A2').dataValidation?.formulae).toEqual(["'联系点'!$A$2:$A$5000"]);
    expect(visits.getCell('C2').dataValidation?.formulae).toEqual(["'乡镇设置'!$A$2:$A$5000"]);
  });
});
