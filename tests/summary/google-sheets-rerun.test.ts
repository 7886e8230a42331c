import type { sheets_v4 } from '@googleapis/sheets';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { countyDocument, rankingTab } from '../fixtures/summary-document';
import { type FakeSheetsServer, startFakeSheetsServer } from '../support/fake-sheets-server';
import { fakeSheetsWriter } from './sheets-test-client';

const county = { label: '全县', spreadsheetId: 'county' };

let server: FakeSheetsServer;
beforeEach(async () => {
  server = await startFakeSheetsServer();
  server.addSpreadsheet('county', [{ title: '乡镇设置', sheetId: 0, chartIds: [7] }]);
});
afterEach(() => server.close());

const requestsOf = (call = server.calls[1]): sheets_v4.Schema$Request[] => call?.body?.requests ?? [];

test('a second run replaces our data and chart in place, and clears rows the new data no longer fills', async () => {
  const { write } = fakeSheetsWriter(server);
  await write(county, countyDocument);
  const shorter = {
    ...countyDocument,
    tabs: [{ ...rankingTab, rows: rankingTab.rows.slice(0, 2) }, ...countyDocument.tabs.slice(1)],
  };
  await write(county, shorter);

  expect(server.calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET', 'POST']);
  const requests = requestsOf(server.calls[3]);
  expect(requests.some((r) => r.addSheet)).toBe(false);
  expect(requests.slice(0, 3)).toEqual([
    {
      updateSheetProperties: {
        properties: { sheetId: 1, gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 4 } },
        fields: 'gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount',
      },
    },
    { deleteEmbeddedObject: { objectId: 5001 } },
    { updateCells: { range: { sheetId: 1 }, fields: '*' } },
  ]);
  expect(requests.filter((r) => r.deleteEmbeddedObject)).toHaveLength(1);
  expect(server.sheet('county', '考评排名')!.charts.map((c) => c.chartId)).toEqual([5002]);
  expect(server.values('county', '考评排名', 11, 2).slice(4)).toEqual([
    [1, '城关镇'],
    [2, '河口乡'],
    [null, null],
    ['总分 = 定量得分 × 70% + 定性得分 × 30%', null],
    ['并列时依次比较定量得分、乡镇名称', null],
    [null, null],
    [null, null],
  ]);
  expect(server.sheet('county', '乡镇设置')!.charts).toEqual([{ chartId: 7 }]);
});

test('an existing tab too small for the content is grown; new tabs take ids after the highest', async () => {
  server.addSpreadsheet('small', [
    { title: '乡镇设置', sheetId: 40 },
    { title: '考评排名', sheetId: 42, grid: { rowCount: 5, columnCount: 3 } },
  ]);
  await fakeSheetsWriter(server).write({ label: '全县', spreadsheetId: 'small' }, countyDocument);
  const requests = requestsOf();
  expect(requests[0]).toEqual({
    updateSheetProperties: {
      properties: { sheetId: 42, gridProperties: { rowCount: 11, columnCount: 9, frozenRowCount: 4 } },
      fields: 'gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount',
    },
  });
  expect(requests.filter((r) => r.addSheet).map((r) => r.addSheet!.properties!.sheetId)).toEqual([
    43, 44, 45,
  ]);
  expect(server.values('small', '考评排名', 11, 1)[10]).toEqual(['并列时依次比较定量得分、乡镇名称']);
});

test('new tab ids wrap around below the largest possible id and skip taken ones', async () => {
  server.addSpreadsheet('full', [
    { title: '乡镇设置', sheetId: 2_147_483_647 },
    { title: '定性考评', sheetId: 2 },
  ]);
  await fakeSheetsWriter(server).write({ label: '全县', spreadsheetId: 'full' }, countyDocument);
  expect(
    requestsOf()
      .filter((r) => r.addSheet)
      .map((r) => r.addSheet!.properties!.sheetId),
  ).toEqual([1, 3, 4, 5]);
});

test('a document without tabs touches nothing', async () => {
  await fakeSheetsWriter(server).write(county, { tabs: [] });
  expect(server.calls).toEqual([]);
});
