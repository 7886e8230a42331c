// The `ingest` request as the server reads it, and its answer sorted into done / try again later / refused.
import type { AnyLedger } from '../../../functions/src/core/ledgers';
import { callFunction, errorMessage } from './call-function';
import type { Config } from './config';
import type { Cell, Services } from './ports';
import type { TabRow } from './read-tab';

export interface IngestBody {
  spreadsheetId: string;
  county: string;
  township?: string;
  ledger: string;
  headers: string[];
  rows: { key: string; revision: number; row: number; cells: Record<string, Cell> }[];
  liveKeys?: string[];
}

export interface IssueAnswer {
  ruleId: string;
  field: string;
  column: string;
  message: string;
}

export interface RowAnswer {
  key: string;
  row: number | null;
  result: 'created' | 'updated' | 'unchanged' | 'stale';
  status: 'ok' | 'warning' | 'error';
  errors: IssueAnswer[];
  warnings: IssueAnswer[];
}

export interface IngestAnswer {
  sheetWarnings: string[];
  rows: RowAnswer[];
  /** Only for tabs with a column that lists a county tab: header → its entries now (see choices.ts). */
  choices?: Record<string, string[]>;
}

export type IngestOutcome =
  | { kind: 'ok'; answer: IngestAnswer }
  | { kind: 'retry'; message: string }
  | { kind: 'refused'; status: number; message: string };

export function ingestBody(
  config: Config,
  spreadsheetId: string,
  ledger: AnyLedger,
  headers: string[],
  rows: readonly TabRow[],
  liveKeys: string[] | null,
): IngestBody {
  return {
    spreadsheetId,
    county: config.county,
    ...(config.township ? { township: config.township } : {}),
    ledger: ledger.id,
    headers,
    rows: rows.map((r) => ({ key: r.key!, revision: r.revision, row: r.row, cells: r.cells })),
    ...(liveKeys ? { liveKeys } : {}),
  };
}

/** 408, 429, 5xx and no answer at all are worth a retry; any other 4xx is shown and waits for an edit. */
export function postIngest(
  s: Pick<Services, 'post' | 'identityToken'>,
  url: string,
  body: IngestBody,
): IngestOutcome {
  const result = callFunction(s, url, body);
  if (result.kind === 'unreachable') return { kind: 'retry', message: result.message };
  if (result.kind === 'no-token') return { kind: 'refused', status: 0, message: result.message };
  const { status, json } = result;
  if (status === 200) {
    const answer = json as IngestAnswer | null;
    if (answer && Array.isArray(answer.rows)) return { kind: 'ok', answer };
    return { kind: 'retry', message: '服务器的回答无法读取' };
  }
  const message = errorMessage(status, json);
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', message };
  return { kind: 'refused', status, message };
}
