// Pushes a folder of workbooks through the HTTP `ingest` API, in an order that lets cross-ledger rules see
// their people: the county tabs, then every township's talents and members, then pairs, trainings, bases.
import { createHash } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import type { User } from '../../auth/authorize';
import type { IngestCounts } from '../../core/contract';
import { townshipPushPhases } from '../../core/ledgers';
import { saveUser } from '../../store/firestore/users';
import type { LedgerWorkbookTab } from '../workbooks';
import type { LedgerFolder } from './ledger-folder';
import { protectRowKey } from './protect-row-key';
import { PushError, postIngest } from './push-client';

export const ROWS_PER_REQUEST = 500;

export interface RowProblem {
  tab: string;
  row: number | null;
  /** The column's template header. */
  column: string | null;
  message: string;
}

export interface TabReport {
  tab: string;
  counts: IngestCounts | null;
  errors: RowProblem[];
  warnings: RowProblem[];
  /** Set when the whole tab was refused (a missing column, a refused account). */
  failure: string | null;
}

export interface PushReport {
  /** `全县` for the county tabs, else the township. */
  source: string;
  tabs: TabReport[];
}

export interface PushOptions {
  db: Firestore;
  functionsUrl: string;
  county: string;
  token(email: string): Promise<string>;
  /** The county's ID-hash secret: keys derived from cells are keyed with it (see protect-row-key.ts). */
  rowKeySecret: string;
  /** Called with the number of rows each answered request carried. */
  onRows?(rows: number): void;
  concurrency?: number;
}

export const LEADER_EMAIL = 'leader@local.shuangpei';
export const clerkEmail = (township: string) =>
  `clerk-${createHash('sha256').update(township).digest('hex').slice(0, 10)}@local.shuangpei`;

async function pushTab(
  options: PushOptions,
  email: string,
  township: string | null,
  tab: LedgerWorkbookTab,
): Promise<TabReport> {
  const token = await options.token(email);
  const report: TabReport = { tab: tab.ledger.tab, counts: null, errors: [], warnings: [], failure: null };
  const headers = tab.headerRow.map((h) => (h === null ? '' : String(h)));
  const keyOf = (r: LedgerWorkbookTab['rows'][number]) =>
    protectRowKey(r.key, r.keySource, options.rowKeySecret);
  const liveKeys = tab.rows.map(keyOf);
  const batches = Math.max(1, Math.ceil(tab.rows.length / ROWS_PER_REQUEST));
  for (let b = 0; b < batches; b++) {
    const rows = tab.rows.slice(b * ROWS_PER_REQUEST, (b + 1) * ROWS_PER_REQUEST);
    const body = {
      spreadsheetId: `local:${township ?? options.county}`,
      county: options.county,
      ...(township ? { township } : {}),
      ledger: tab.ledger.id,
      headers,
      rows: rows.map((r) => ({ key: keyOf(r), revision: 0, row: r.rowNumber, cells: r.cells })),
      ...(b === batches - 1 ? { liveKeys } : {}),
    };
    try {
      const answer = await postIngest(options.functionsUrl, token, body);
      report.counts = addCounts(report.counts, answer.counts);
      for (const row of answer.rows) {
        for (const e of row.errors)
          report.errors.push({ tab: report.tab, row: row.row, column: e.column ?? null, message: e.message });
        for (const w of row.warnings)
          report.warnings.push({
            tab: report.tab,
            row: row.row,
            column: w.column ?? null,
            message: w.message,
          });
      }
    } catch (error) {
      if (!(error instanceof PushError) || error.status === 0 || error.status >= 500) throw error;
      report.failure = error.message;
      break;
    } finally {
      options.onRows?.(rows.length);
    }
  }
  return report;
}

function addCounts(a: IngestCounts | null, b: IngestCounts): IngestCounts {
  if (!a) return { ...b };
  return Object.fromEntries(
    Object.entries(b).map(([k, v]) => [k, v + a[k as keyof typeof a]]),
  ) as IngestCounts;
}

/** Runs tasks with at most `limit` in flight, keeping results in order. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Ledgers in the order their references need (derived from the registry): people, then what names them… */
const phases = (): (readonly string[])[] => townshipPushPhases();

export async function pushCounty(folder: LedgerFolder, options: PushOptions): Promise<PushReport[]> {
  const leader: User = { email: LEADER_EMAIL, role: 'leader', county: options.county, township: null };
  await saveUser(options.db, leader);
  for (const t of folder.townships) {
    await saveUser(options.db, {
      email: clerkEmail(t.township),
      role: 'clerk',
      county: options.county,
      township: t.township,
    });
  }
  const countyReport: PushReport = { source: '全县', tabs: [] };
  for (const tab of folder.county?.workbook.tabs ?? [])
    countyReport.tabs.push(await pushTab(options, LEADER_EMAIL, null, tab));
  const reports = folder.townships.map((t): PushReport => ({ source: t.township, tabs: [] }));
  for (const phase of phases()) {
    const tasks = folder.townships.flatMap((t, i) =>
      t.workbook.tabs
        .filter((tab) => phase.includes(tab.ledger.id))
        .map((tab) => async () => {
          reports[i]!.tabs.push(await pushTab(options, clerkEmail(t.township), t.township, tab));
        }),
    );
    await pool(tasks, options.concurrency ?? 3);
  }
  return [countyReport, ...reports];
}

export const totalRows = (folder: LedgerFolder): number =>
  [folder.county?.workbook, ...folder.townships.map((t) => t.workbook)].reduce(
    (sum, w) => sum + (w?.tabs.reduce((n, tab) => n + tab.rows.length, 0) ?? 0),
    0,
  );
