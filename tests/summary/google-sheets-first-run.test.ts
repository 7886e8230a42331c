import type { sheets_v4 } from '@googleapis/sheets';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { READ_FIELDS } from '../../functions/src/summary/google/sheets-api';
import { countyDocument } from '../fixtures/summary-document';
import { type FakeSheetsServer, startFakeSheetsServer } from '../support/fake-sheets-server';
import { fakeSheetsWriter } from './sheets-test-client';

const rgb = (r: number, g: number, b: number) => ({
  rgbColor: { red: r / 255, green: g / 255, blue: b / 255 },
});
const GREEN = rgb(0xd9, 0xea, 0xd3);
const RED = rgb(0xf4, 0xcc, 0xcc);
const GREY = rgb(0xef, 0xef, 0xef);
const county = { label: '全县', spreadsheetId: 'county' };

let server: FakeSheetsServer;
beforeEach(async () => {
  server = await startFakeSheetsServer();
  // A tab the county typed itself, with its own chart: never to be touched.
  server.addSpreadsheet('county', [{ title: '乡镇设置', sheetId: 0, chartIds: [7] }]);
});
afterEach(() => server.close());

const requestsOf = (call = server.calls[1]) => call?.body?.requests ?? [];
const kinds = (requests: sheets_v4.Schema$Request[]) => requests.map((r) => Object.keys(r)[0]);
const cellsWritten = (request: sheets_v4.Schema$Request | undefined) => request?.updateCells?.rows ?? [];

describe('first run on a spreadsheet without our tabs', () => {
  beforeEach(async () => {
    await fakeSheetsWriter(server).write(county, countyDocument);
  });

  test('one read with a fields mask, then exactly one batchUpdate', () => {
    expect(server.calls.map((c) => [c.method, c.spreadsheetId, c.status])).toEqual([
      ['GET', 'county', 200],
      ['POST', 'county', 200],
    ]);
    expect(server.calls[0]!.query).toEqual({ fields: READ_FIELDS });
  });

  test('creates each tab, clears it, writes it, sizes its columns, adds the chart', () => {
    const widths = (n: number) => Array(n).fill('updateDimensionProperties');
    expect(kinds(requestsOf())).toEqual([
      ...['addSheet', 'updateCells', 'updateCells', ...widths(7), 'addChart'],
      ...['addSheet', 'updateCells', 'updateCells', ...widths(4)],
      ...['addSheet', 'updateCells', 'updateCells', ...widths(4)],
      ...['addSheet', 'updateCells', 'updateCells', ...widths(5)],
    ]);
    expect(requestsOf().filter((r) => r.addSheet)).toEqual(
      [
        [1, '考评排名', 4],
        [2, '全县统计', 3],
        [3, '预警提醒', 4],
        [4, '数据质量', 4],
      ].map(([sheetId, title, frozenRowCount]) => ({
        addSheet: {
          properties: { sheetId, title, gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount } },
        },
      })),
    );
    expect(requestsOf()[1]).toEqual({ updateCells: { range: { sheetId: 1 }, fields: '*' } });
    expect(
      requestsOf()
        .slice(3, 10)
        .map((r) => r.updateDimensionProperties?.properties?.pixelSize),
    ).toEqual([47, 89, 75, 75, 75, 75, 75]);
    expect(requestsOf()[3]).toEqual({
      updateDimensionProperties: {
        range: { sheetId: 1, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 },
        properties: { pixelSize: 47 },
        fields: 'pixelSize',
      },
    });
  });

  test('writes every value: text as literal strings, numbers as numbers', () => {
    expect(server.values('county', '考评排名', 12, 8)).toEqual([
      ['2026 年度双培双带考评排名', null, null, null, null, null, null, null],
      ['计算时间：2026-11-25 06:00　考评年度：2026', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ['排名', '乡镇', '定量得分', '定性得分', '总分', '等次', '名次变化', null],
      [1, '城关镇', 88.4, 90, 88.88, '表彰', 1, null],
      [2, '河口乡', 76.25, 80, 77.38, null, 0, null],
      [3, '白沙镇', 70.5, 72, 70.95, null, -2, null],
      [4, '青山乡', 41, 60, 46.7, '通报批评', 1, null],
      [null, null, null, null, null, null, null, null],
      ['总分 = 定量得分 × 70% + 定性得分 × 30%', null, null, null, null, null, null, null],
      ['并列时依次比较定量得分、乡镇名称', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
    ]);
    expect(server.values('county', '数据质量', 7, 5).slice(4)).toEqual([
      ['城关镇', '乡土人才', 2, 0, '=cmd'],
      ['河口乡', '培训记录', 0, 0, null],
      ['白沙镇', '农民党员', 1, 1, '001'],
    ]);
    const quality = cellsWritten(requestsOf().find((r) => r.updateCells?.start?.sheetId === 4));
    expect(quality[4]!.values![4]).toEqual({ userEnteredValue: { stringValue: '=cmd' } });
    const statistics = cellsWritten(requestsOf().find((r) => r.updateCells?.start?.sheetId === 2));
    expect(statistics[7]!.values).toEqual([
      { userEnteredValue: { stringValue: '示范基地年产值(万元)' } },
      {},
      {},
      {},
    ]);
  });

  test('formats: bold larger title, bold grey header, tone fills, number formats, muted text', () => {
    const write = requestsOf()[2]!.updateCells!;
    expect(write.start).toEqual({ sheetId: 1, rowIndex: 0, columnIndex: 0 });
    expect(write.fields).toBe('userEnteredValue,userEnteredFormat');
    const rows = write.rows!;
    expect(rows[0]!.values![0]!.userEnteredFormat).toEqual({ textFormat: { bold: true, fontSize: 14 } });
    expect(rows[1]!.values![0]).toEqual({
      userEnteredValue: { stringValue: '计算时间：2026-11-25 06:00　考评年度：2026' },
    });
    expect(rows[2]).toEqual({ values: [] });
    expect(rows[3]!.values![0]).toEqual({
      userEnteredValue: { stringValue: '排名' },
      userEnteredFormat: { textFormat: { bold: true }, backgroundColorStyle: GREY },
    });
    expect(rows[4]!.values![2]).toEqual({
      userEnteredValue: { numberValue: 88.4 },
      userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern: '0.0' }, backgroundColorStyle: GREEN },
    });
    expect(rows[5]!.values![5]).toEqual({});
    expect(rows[6]!.values![6]).toEqual({
      userEnteredValue: { numberValue: -2 },
      userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern: '+0;-0;0' } },
    });
    expect(rows[7]!.values![4]).toEqual({
      userEnteredValue: { numberValue: 46.7 },
      userEnteredFormat: {
        numberFormat: { type: 'NUMBER', pattern: '0.00' },
        textFormat: { bold: true },
        backgroundColorStyle: RED,
      },
    });
    const statistics = cellsWritten(requestsOf().find((r) => r.updateCells?.start?.sheetId === 2));
    expect(statistics[6]!.values!.slice(1)).toEqual([
      {
        userEnteredValue: { numberValue: 0.158 },
        userEnteredFormat: { numberFormat: { type: 'PERCENT', pattern: '0.0%' } },
      },
      {
        userEnteredValue: { numberValue: 0.149 },
        userEnteredFormat: { numberFormat: { type: 'PERCENT', pattern: '0.0%' } },
      },
      {
        userEnteredValue: { numberValue: 0.9 },
        userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern: '+0.0;-0.0;0.0' } },
      },
    ]);
    const quality = cellsWritten(requestsOf().find((r) => r.updateCells?.start?.sheetId === 4));
    expect(quality[5]!.values![0]!.userEnteredFormat).toEqual({
      textFormat: { foregroundColorStyle: rgb(0x80, 0x80, 0x80) },
    });
  });

  test('adds a bar chart: domain 乡镇, one series per value column, beside the table', () => {
    const range = (column: number) => ({
      sourceRange: {
        sources: [
          {
            sheetId: 1,
            startRowIndex: 3,
            endRowIndex: 8,
            startColumnIndex: column,
            endColumnIndex: column + 1,
          },
        ],
      },
    });
    expect(requestsOf()[10]).toEqual({
      addChart: {
        chart: {
          spec: {
            title: '考评得分',
            basicChart: {
              chartType: 'BAR',
              legendPosition: 'BOTTOM_LEGEND',
              headerCount: 1,
              domains: [{ domain: range(1) }],
              series: [
                { series: range(2), targetAxis: 'BOTTOM_AXIS', colorStyle: rgb(0x44, 0x72, 0xc4) },
                { series: range(4), targetAxis: 'BOTTOM_AXIS', colorStyle: rgb(0xed, 0x7d, 0x31) },
              ],
            },
          },
          position: {
            overlayPosition: {
              anchorCell: { sheetId: 1, rowIndex: 3, columnIndex: 8 },
              widthPixels: 640,
              heightPixels: 360,
            },
          },
        },
      },
    });
  });

  test('never references a tab that is not ours', () => {
    expect(JSON.stringify(requestsOf())).not.toMatch(/"sheetId":0\b|"objectId":7\b/);
    expect(server.sheet('county', '乡镇设置')!.charts).toEqual([{ chartId: 7 }]);
  });
});
