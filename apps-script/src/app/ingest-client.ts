// The `ingest` request as the server reads it, and its answer sorted into done / try again later / refused.
import type { IngestAnswer, IngestRequest } from '../../../functions/src/core/contract';
import type { AnyLedger } from '../../../functions/src/core/ledgers';
import { callFunction, errorMessage } from './call-function';
import type { Config } from './config';
import type { Services } from './ports';
import type { TabRow } from './read-tab';

/** What the client sends and reads: the server's own contract, imported as types only (no zod in Code.js). */
export type { IngestAnswer, IngestRequest } from '../../../functions/src/core/contract';

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
): IngestRequest {
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
  body: IngestRequest,
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
