// The port every summary writer implements, and the loop that writes many spreadsheets without stopping at one.
import type { Logger } from '../log/logger';
import { SummaryWriteError } from './errors';
import type { SummaryDocument } from './model';

/** Where one document goes: a Google spreadsheet, an .xlsx file, or either (each writer reads its own field). */
export interface SummaryTarget {
  /** Who reads it, for logs and reports: `全县` or the township name. */
  readonly label: string;
  readonly spreadsheetId?: string;
  readonly file?: string;
}

/** Writes the document's tabs into the target, replacing what an earlier run wrote there and nothing else. */
export type WriteSummary = (target: SummaryTarget, doc: SummaryDocument) => Promise<void>;

export interface SummaryJob {
  readonly target: SummaryTarget;
  readonly doc: SummaryDocument;
}

export interface WriteOutcome {
  readonly label: string;
  readonly ok: boolean;
  readonly error?: { readonly code: string; readonly message: string };
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof SummaryWriteError) return { code: error.code, message: error.message };
  return { code: 'SUMMARY_WRITE_FAILED', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Writes every job (county first, then townships), at most `concurrency` at a time; a failure is reported and
 * the rest still run. The outcomes come back in the jobs' order.
 */
export async function writeAllSummaries(
  jobs: readonly SummaryJob[],
  write: WriteSummary,
  log: Pick<Logger, 'info' | 'error'>,
  concurrency = 1,
): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) {
      const { target, doc } = jobs[i]!;
      try {
        await write(target, doc);
        log.info('summary written', { label: target.label, tabs: doc.tabs.map((t) => t.name) });
        outcomes[i] = { label: target.label, ok: true };
      } catch (error) {
        const described = describe(error);
        log.error('summary write failed', {
          label: target.label,
          code: described.code,
          reason: described.message,
        });
        outcomes[i] = { label: target.label, ok: false, error: described };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  return outcomes;
}
