// The one typed door to @googleapis/sheets: a read of the tabs and charts, and a batch update; errors mapped to ours.
import { auth, sheets, type sheets_v4 } from '@googleapis/sheets';
import { type ErrorContext, toSummaryWriteError } from './sheets-errors';

export type SheetsClient = sheets_v4.Sheets;
export type SheetsRequest = sheets_v4.Schema$Request;

/** One existing tab, as the writer needs to know it. */
export interface ExistingSheet {
  readonly sheetId: number;
  readonly title: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly chartIds: readonly number[];
}

export interface SheetsApi {
  readSheets(spreadsheetId: string): Promise<ExistingSheet[]>;
  batchUpdate(spreadsheetId: string, requests: readonly SheetsRequest[]): Promise<void>;
}

/** Only what the writer reads: tab ids, titles, grid sizes and the ids of their charts. */
export const READ_FIELDS =
  'sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),charts(chartId))';

export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** A client with Application Default Credentials (the function's service account, or `gcloud auth application-default login`). */
export function defaultSheetsClient(rootUrl?: string): SheetsClient {
  const credentials = new auth.GoogleAuth({ scopes: [SHEETS_SCOPE] });
  return sheets({ version: 'v4', auth: credentials, ...(rootUrl ? { rootUrl } : {}) });
}

/** Our retries own the back-off; the client's own (GET only, real timers) would multiply attempts. */
const NO_CLIENT_RETRY = { retry: false } as const;

function toExistingSheet(sheet: sheets_v4.Schema$Sheet): ExistingSheet {
  const p = sheet.properties ?? {};
  return {
    sheetId: p.sheetId ?? 0,
    title: p.title ?? '',
    rowCount: p.gridProperties?.rowCount ?? 0,
    columnCount: p.gridProperties?.columnCount ?? 0,
    chartIds: (sheet.charts ?? []).map((c) => c.chartId).filter((id): id is number => typeof id === 'number'),
  };
}

export function sheetsApi(
  client: SheetsClient,
  context: Omit<ErrorContext, 'spreadsheetId'> = {},
): SheetsApi {
  const mapped = async <T>(spreadsheetId: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw toSummaryWriteError(error, { ...context, spreadsheetId });
    }
  };
  return {
    readSheets: (spreadsheetId) =>
      mapped(spreadsheetId, async () => {
        const res = await client.spreadsheets.get({ spreadsheetId, fields: READ_FIELDS }, NO_CLIENT_RETRY);
        return (res.data.sheets ?? []).map(toExistingSheet);
      }),
    batchUpdate: (spreadsheetId, requests) =>
      mapped(spreadsheetId, async () => {
        await client.spreadsheets.batchUpdate(
          { spreadsheetId, requestBody: { requests: [...requests] } },
          NO_CLIENT_RETRY,
        );
      }),
  };
}
