// A local stand-in for the Sheets v4 endpoints the summary writer uses: GET a spreadsheet, POST :batchUpdate.
// It records every call, applies batches atomically (like Google), and can be told to fail the next calls.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { sheets_v4 } from '@googleapis/sheets';

export const FAKE_TOKEN = 'fake-access-token';

export interface FakeSheet {
  properties: {
    sheetId: number;
    title: string;
    index: number;
    gridProperties: sheets_v4.Schema$GridProperties;
  };
  charts: sheets_v4.Schema$EmbeddedChart[];
  /** Cells by `row,column` (zero-based), as last written. */
  cells: Map<string, sheets_v4.Schema$CellData>;
  columnPixels: Map<number, number>;
}

export interface RecordedCall {
  method: string;
  spreadsheetId: string;
  query: Record<string, string>;
  body: { requests?: Request[] } | undefined;
  authorization: string | undefined;
  status: number;
}

/** An HTTP status; a connection dropped before the call is done; or done, then the answer lost. */
type Fault = number | 'drop' | 'lost';

/** Which calls a fault hits (all by default), and how many times. */
export interface FaultMatch {
  times?: number;
  spreadsheetId?: string;
  method?: 'GET' | 'POST';
}

/** The `error.status` Google sends with each HTTP status. */
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

const DEFAULT_GRID = { rowCount: 1000, columnCount: 26 };

class BadRequest extends Error {}

type Request = sheets_v4.Schema$Request;

/** Applies one request of a batch to `sheets` (a working copy); throws BadRequest as Google would answer 400. */
function applyRequest(sheets: FakeSheet[], request: Request, nextChartId: () => number): object {
  const sheetById = (id: number | null | undefined) => {
    const sheet = sheets.find((s) => s.properties.sheetId === (id ?? 0));
    if (!sheet) throw new BadRequest(`No grid with id: ${id}`);
    return sheet;
  };
  const [kind, body] = Object.entries(request)[0] as [string, Record<string, never>];
  if (kind === 'addSheet') {
    const p = (body as sheets_v4.Schema$AddSheetRequest).properties ?? {};
    if (sheets.some((s) => s.properties.title === p.title || s.properties.sheetId === p.sheetId)) {
      throw new BadRequest(`A sheet with the name "${p.title}" already exists.`);
    }
    const gridProperties = { ...DEFAULT_GRID, ...p.gridProperties };
    const properties = {
      sheetId: p.sheetId ?? 999,
      title: p.title ?? '',
      index: sheets.length,
      gridProperties,
    };
    sheets.push({ properties, charts: [], cells: new Map(), columnPixels: new Map() });
    return { addSheet: { properties } };
  }
  if (kind === 'updateSheetProperties') {
    const p = (body as sheets_v4.Schema$UpdateSheetPropertiesRequest).properties ?? {};
    Object.assign(sheetById(p.sheetId).properties.gridProperties, p.gridProperties);
    return {};
  }
  if (kind === 'deleteEmbeddedObject') {
    const id = (body as sheets_v4.Schema$DeleteEmbeddedObjectRequest).objectId;
    const sheet = sheets.find((s) => s.charts.some((c) => c.chartId === id));
    if (!sheet) throw new BadRequest(`No object with id ${id}`);
    sheet.charts = sheet.charts.filter((c) => c.chartId !== id);
    return {};
  }
  if (kind === 'updateCells') {
    const u = body as sheets_v4.Schema$UpdateCellsRequest;
    if (u.range) {
      sheetById(u.range.sheetId).cells.clear();
      return {};
    }
    const sheet = sheetById(u.start?.sheetId);
    const grid = sheet.properties.gridProperties;
    for (const [r, row] of (u.rows ?? []).entries()) {
      for (const [c, cell] of (row.values ?? []).entries()) {
        const [rr, cc] = [(u.start?.rowIndex ?? 0) + r, (u.start?.columnIndex ?? 0) + c];
        if (rr >= grid.rowCount! || cc >= grid.columnCount!) throw new BadRequest('exceeds grid limits');
        sheet.cells.set(`${rr},${cc}`, cell);
      }
    }
    return {};
  }
  if (kind === 'updateDimensionProperties') {
    const u = body as sheets_v4.Schema$UpdateDimensionPropertiesRequest;
    const sheet = sheetById(u.range?.sheetId);
    for (let c = u.range?.startIndex ?? 0; c < (u.range?.endIndex ?? 0); c++) {
      sheet.columnPixels.set(c, u.properties?.pixelSize ?? 0);
    }
    return {};
  }
  if (kind === 'addChart') {
    const chart = (body as sheets_v4.Schema$AddChartRequest).chart ?? {};
    const sheet = sheetById(chart.position?.overlayPosition?.anchorCell?.sheetId);
    sheet.charts.push({ ...chart, chartId: nextChartId() });
    return { addChart: { chart } };
  }
  throw new BadRequest(`Unsupported request: ${kind}`);
}

/** A tab that exists before the test; the grid is 1000 × 26 unless given. */
export interface FakeTab {
  title: string;
  sheetId: number;
  chartIds?: number[];
  grid?: { rowCount: number; columnCount: number };
}

export interface FakeSheetsServer {
  /** Give this as `rootUrl` to the client. */
  readonly rootUrl: string;
  readonly calls: RecordedCall[];
  addSpreadsheet(id: string, tabs: FakeTab[]): void;
  sheet(spreadsheetId: string, title: string): FakeSheet | undefined;
  /** Titles of a spreadsheet's tabs, in order. */
  titles(spreadsheetId: string): string[];
  /** What a user would see: user-entered values of rows [0, rows) × columns [0, columns). */
  values(spreadsheetId: string, title: string, rows: number, columns: number): (string | number | null)[][];
  /** The next `times` matching calls answer `fault`: an HTTP status, a dropped connection, or a lost answer. */
  failNext(fault: Fault, match?: FaultMatch): void;
  close(): Promise<void>;
}

export async function startFakeSheetsServer(): Promise<FakeSheetsServer> {
  const books = new Map<string, FakeSheet[]>();
  const faults: { fault: Fault; match: FaultMatch }[] = [];
  const calls: RecordedCall[] = [];
  let chartIds = 5000;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const match = /^\/v4\/spreadsheets\/([^/:]+)(:batchUpdate)?$/.exec(decodeURIComponent(url.pathname));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const spreadsheetId = match?.[1] ?? '';
    const call: RecordedCall = {
      method: req.method ?? '',
      spreadsheetId,
      query: Object.fromEntries(url.searchParams),
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization,
      status: 200,
    };
    calls.push(call);
    let loseAnswer = false;
    const send = (status: number, data: object) => {
      if (loseAnswer) {
        call.status = 0;
        req.socket.destroy();
        return;
      }
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(data));
    };
    const fail = (status: number, message: string) =>
      send(status, { error: { code: status, message, status: STATUS_NAMES[status] ?? 'UNKNOWN' } });

    const hits = ({ match: m }: { match: FaultMatch }) =>
      (m.spreadsheetId ?? spreadsheetId) === spreadsheetId && (m.method ?? req.method) === req.method;
    const f = faults.findIndex(hits);
    if (f >= 0) {
      const fault = faults.splice(f, 1)[0]!.fault;
      if (fault === 'drop') {
        call.status = 0;
        req.socket.destroy();
        return;
      }
      if (fault === 'lost') loseAnswer = true;
      else return fail(fault, `fake failure ${fault}`);
    }
    if (call.authorization !== `Bearer ${FAKE_TOKEN}`) return fail(401, 'Request had invalid credentials.');
    const book = books.get(spreadsheetId);
    if (!match || !book) return fail(404, 'Requested entity was not found.');
    if (req.method === 'GET' && !match[2]) {
      const sheets = book.map((s) => ({
        properties: s.properties,
        ...(s.charts.length ? { charts: s.charts } : {}),
      }));
      return send(200, { spreadsheetId, sheets });
    }
    if (req.method !== 'POST' || !match[2]) return fail(400, 'Unsupported call');
    // Atomic like Google: work on a copy, keep it only if every request applies.
    const copy: FakeSheet[] = book.map((s) => ({
      properties: structuredClone(s.properties),
      charts: [...s.charts],
      cells: new Map(s.cells),
      columnPixels: new Map(s.columnPixels),
    }));
    try {
      const replies = (call.body?.requests ?? []).map((r) => applyRequest(copy, r, () => ++chartIds));
      books.set(spreadsheetId, copy);
      send(200, { spreadsheetId, replies });
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      fail(400, `Invalid requests: ${error.message}`);
    }
  };

  const server = createServer((req, res) => void handle(req, res).catch(() => res.writeHead(500).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sheetOf = (id: string, title: string) => books.get(id)?.find((s) => s.properties.title === title);

  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    calls,
    addSpreadsheet: (id, tabs) =>
      books.set(
        id,
        tabs.map((t, index) => ({
          properties: {
            sheetId: t.sheetId,
            title: t.title,
            index,
            gridProperties: { ...(t.grid ?? DEFAULT_GRID) },
          },
          charts: (t.chartIds ?? []).map((chartId) => ({ chartId })),
          cells: new Map(),
          columnPixels: new Map(),
        })),
      ),
    sheet: sheetOf,
    titles: (id) => (books.get(id) ?? []).map((s) => s.properties.title),
    values(id, title, rows, columns) {
      const sheet = sheetOf(id, title);
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => {
          const v = sheet?.cells.get(`${r},${c}`)?.userEnteredValue;
          return v?.stringValue ?? v?.numberValue ?? null;
        }),
      );
    },
    failNext: (fault, match = {}) => {
      for (let i = 0; i < (match.times ?? 1); i++) faults.push({ fault, match });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
