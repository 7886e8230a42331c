// WriteSummary for Google Sheets: per spreadsheet one read and one batchUpdate (re-planned from a fresh read when
// retried), each retried with back-off.
import type { Logger } from '../../log/logger';
import { checkSummaryDocument } from '../check-document';
import { SummaryWriteError } from '../errors';
import type { WriteSummary } from '../writer-port';
import { planBatchUpdate } from './plan-batch';
import { DEFAULT_RETRY, type RetryPolicy, withRetry } from './retry';
import { defaultSheetsClient, type SheetsClient, sheetsApi } from './sheets-api';

export interface GoogleSheetsWriterOptions {
  /** A ready client (tests pass one with a static token); by default one with Application Default Credentials. */
  readonly client?: SheetsClient;
  /** API root for the default client, e.g. a local fake server: `http://127.0.0.1:8089/`. */
  readonly rootUrl?: string;
  /** The service account's e-mail, named in the "share the spreadsheet" message. */
  readonly serviceAccount?: string;
  readonly retry?: Partial<RetryPolicy>;
  readonly log?: Pick<Logger, 'warn'>;
}

export function createGoogleSheetsWriter(options: GoogleSheetsWriterOptions = {}): WriteSummary {
  const client = options.client ?? defaultSheetsClient(options.rootUrl);
  const api = sheetsApi(client, options.serviceAccount ? { serviceAccount: options.serviceAccount } : {});
  return async (target, doc) => {
    const spreadsheetId = target.spreadsheetId?.trim();
    if (!spreadsheetId) {
      throw new SummaryWriteError(
        'SUMMARY_TARGET_INVALID',
        `「${target.label}」没有表格ID：请在乡镇设置中填写表格ID`,
      );
    }
    checkSummaryDocument(doc);
    if (!doc.tabs.length) return; // nothing to write (and Sheets refuses an empty batch)
    const policy: RetryPolicy = {
      ...DEFAULT_RETRY,
      onRetry: ({ attempt, delayMs, code }) =>
        options.log?.warn('sheets call retried', {
          label: target.label,
          spreadsheetId,
          attempt,
          delayMs,
          code,
        }),
      ...options.retry,
    };
    let existing = await withRetry(policy, () => api.readSheets(spreadsheetId));
    let attempts = 0;
    await withRetry(policy, async () => {
      // A failed batchUpdate may still have been applied (its answer lost): plan again from what is there now.
      if (attempts++ > 0) existing = await api.readSheets(spreadsheetId);
      return api.batchUpdate(spreadsheetId, planBatchUpdate(existing, doc));
    });
  };
}
