// The 通报草稿 tab: the drafted 通报's text in the county spreadsheet, written with the other tabs in the same one
// read and one batchUpdate (a local Sheets v4 server counts the requests), and the same in the .xlsx workbook.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countySummary } from '../../functions/src/report/county-layout';
import { assessmentNotice } from '../../functions/src/report/documents/assessment-notice';
import { documentLines } from '../../functions/src/report/documents/document-model';
import { defaultNoticeSettings } from '../../functions/src/report/documents/notice-settings';
import { writeSummaryWorkbook } from '../../functions/src/summary';
import { assessFixture, qualitative } from '../fixtures/assessment-county';
import { fakeSheetsWriter } from '../summary/sheets-test-client';
import { type FakeSheetsServer, startFakeSheetsServer } from '../support/fake-sheets-server';
import { computedAt, INFO, result } from './layout-fixture';

const tabOf = (r = result) => countySummary(r, computedAt).tabs.find((t) => t.name === '通报草稿')!;
/** The tab's rows as text lines: cells joined by tabs, trailing empty cells dropped. */
const linesOf = (rows: readonly { cells: readonly unknown[] }[]) =>
  rows.map((r) =>
    r.cells
      .map((c) => (c === null ? '' : String(c)))
      .join('\t')
      .replace(/\t+$/, ''),
  );
/** The document's lines as the tab holds them: its title is the tab's title, a table row's empty 奖惩 is dropped. */
const documentRows = (r = result) =>
  documentLines(assessmentNotice(r, defaultNoticeSettings(r)))
    .filter((l) => l !== tabOf(r).title)
    .map((l) => l.replace(/\t+$/, ''));

describe('the 通报草稿 tab', () => {
  it('holds the 通报, line by line, after the other county tabs', () => {
    const tab = tabOf();
    expect(tab.title).toBe('关于2026年度“双培双带”活动考评结果的通报');
    expect(tab.info).toBe(INFO);
    expect(tab.header[0]).toBe('通报草稿（复制到公文中修改、核对后印发）');
    expect(linesOf(tab.rows)).toEqual(documentRows());
    expect(linesOf(tab.rows).slice(0, 2)).toEqual(['X组通〔2026〕X号', '各乡镇（场）党委：']);
    expect(tab.rows[8]!.cells).toEqual([
      '1',
      '城关镇',
      '80.48',
      '90.0',
      '2.0',
      '1.0',
      '84.34',
      '良好',
      '表彰',
    ]);
  });

  it('opens with the draft line, highlighted, when the ranking is provisional', () => {
    const provisional = assessFixture({ qualitative: qualitative.filter((q) => q.township !== '白沙镇') });
    const tab = tabOf(provisional);
    expect(tab.title).toBe('关于2026年度“双培双带”活动考评结果的通报（草稿）');
    expect(tab.rows[0]).toEqual({
      tone: 'warning',
      bold: true,
      cells: ['草稿：暂定排名，白沙镇尚未录入本年度定性考评，不作表彰和通报批评，不得印发'],
    });
    expect(linesOf(tab.rows)).toEqual(documentRows(provisional));
  });

  it('is in the county workbook', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'notice-tab-')), 'county.xlsx');
    await writeSummaryWorkbook({ label: '全县', file }, countySummary(result, computedAt));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('通报草稿')!;
    expect(sheet.getCell('A1').value).toBe('关于2026年度“双培双带”活动考评结果的通报');
    expect(sheet.getCell('A5').value).toBe('X组通〔2026〕X号');
    expect(sheet.getCell('A13').value).toBe('1');
    expect(sheet.getCell('I13').value).toBe('表彰');
  });
});

describe('the 通报草稿 tab in Google Sheets', () => {
  let server: FakeSheetsServer;
  beforeEach(async () => {
    server = await startFakeSheetsServer();
    server.addSpreadsheet('county', [{ title: '乡镇设置', sheetId: 0 }]);
  });
  afterEach(() => server.close());

  it('is written with every other county tab in one read and one batchUpdate', async () => {
    const doc = countySummary(result, computedAt);
    await fakeSheetsWriter(server).write({ label: '全县', spreadsheetId: 'county' }, doc);
    expect(server.calls.map((c) => [c.method, c.status])).toEqual([
      ['GET', 200],
      ['POST', 200],
    ]);
    expect(server.titles('county')).toEqual(['乡镇设置', ...doc.tabs.map((t) => t.name)]);
    expect(server.titles('county').at(-1)).toBe('通报草稿');
    const values = server.values('county', '通报草稿', 14, 9);
    expect(values[0]![0]).toBe('关于2026年度“双培双带”活动考评结果的通报');
    expect(values[4]![0]).toBe('X组通〔2026〕X号');
    expect(values[13]).toEqual(['2', '白沙镇', '78.50', '80.0', '0.0', '0.0', '78.95', '合格', null]);
  });
});
