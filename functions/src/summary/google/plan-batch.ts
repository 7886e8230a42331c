// Plans the one batchUpdate that brings our tabs up to date; tabs the document does not name are never referenced.
import type { sheets_v4 } from '@googleapis/sheets';
import { layOutTab, type TabLayout } from '../layout';
import type { SummaryDocument } from '../model';
import { columnPixels } from '../style';
import { rowData } from './cell-data';
import { addChartRequest } from './chart-request';
import type { ExistingSheet, SheetsRequest } from './sheets-api';

/** Grid of a tab we create, unless the content needs more (Sheets' own default). */
export const NEW_SHEET_GRID = { rowCount: 1000, columnCount: 26 } as const;

const MAX_SHEET_ID = 2_147_483_647;

/** Ids for new tabs, chosen by us so later requests of the same batch can name them: after the highest taken. */
function sheetIdAllocator(taken: readonly number[]): () => number {
  const used = new Set(taken);
  let next = Math.max(0, ...taken) + 1;
  return () => {
    while (next > MAX_SHEET_ID || used.has(next)) next = next > MAX_SHEET_ID ? 1 : next + 1;
    used.add(next);
    return next;
  };
}

/** Rows and columns the tab must have: its content, the chart's anchor, and a row below any frozen ones. */
function neededGrid(layout: TabLayout): { rowCount: number; columnCount: number } {
  return {
    rowCount: Math.max(layout.rows.length, layout.frozenRows + 1),
    columnCount: Math.max(layout.columnCount, (layout.chart?.anchor.column ?? 0) + 1),
  };
}

function createTab(sheetId: number, title: string, layout: TabLayout): SheetsRequest {
  const need = neededGrid(layout);
  const gridProperties: sheets_v4.Schema$GridProperties = {
    rowCount: Math.max(need.rowCount, NEW_SHEET_GRID.rowCount),
    columnCount: Math.max(need.columnCount, NEW_SHEET_GRID.columnCount),
    frozenRowCount: layout.frozenRows,
  };
  return { addSheet: { properties: { sheetId, title, gridProperties } } };
}

/** Grows the grid when the content needs it (never shrinks), sets frozen rows, drops the charts of the last run. */
function prepareTab(sheet: ExistingSheet, layout: TabLayout): SheetsRequest[] {
  const need = neededGrid(layout);
  const gridProperties: sheets_v4.Schema$GridProperties = {
    rowCount: Math.max(sheet.rowCount, need.rowCount),
    columnCount: Math.max(sheet.columnCount, need.columnCount),
    frozenRowCount: layout.frozenRows,
  };
  return [
    {
      updateSheetProperties: {
        properties: { sheetId: sheet.sheetId, gridProperties },
        fields: 'gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount',
      },
    },
    ...sheet.chartIds.map((objectId) => ({ deleteEmbeddedObject: { objectId } })),
  ];
}

function fillTab(sheetId: number, layout: TabLayout): SheetsRequest[] {
  const widths: SheetsRequest[] = layout.columnWidths.map((chars, column) => ({
    updateDimensionProperties: {
      range: { sheetId, dimension: 'COLUMNS', startIndex: column, endIndex: column + 1 },
      properties: { pixelSize: columnPixels(chars) },
      fields: 'pixelSize',
    },
  }));
  return [
    // Every value and format of the whole tab goes, so nothing of the last run lingers.
    { updateCells: { range: { sheetId }, fields: '*' } },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: layout.rows.map(rowData),
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
    ...widths,
    ...(layout.chart ? [addChartRequest(sheetId, layout.chart)] : []),
  ];
}

/**
 * The requests, tab by tab in document order: create the tab (ids follow the highest existing one) or prepare
 * the existing one, clear it, write every row, set widths, add the chart. New tabs go after the existing ones.
 */
export function planBatchUpdate(existing: readonly ExistingSheet[], doc: SummaryDocument): SheetsRequest[] {
  const byTitle = new Map(existing.map((sheet) => [sheet.title, sheet]));
  const newSheetId = sheetIdAllocator(existing.map((sheet) => sheet.sheetId));
  return doc.tabs.flatMap((tab) => {
    const layout = layOutTab(tab);
    const sheet = byTitle.get(tab.name);
    if (sheet) return [...prepareTab(sheet, layout), ...fillTab(sheet.sheetId, layout)];
    const sheetId = newSheetId();
    return [createTab(sheetId, tab.name, layout), ...fillTab(sheetId, layout)];
  });
}
