// The assessment's input: the county's stored rows, its settings, and the day it runs — plain data, no I/O.
import type { Issue, RowStatus } from '../contract';
import type { CivilDate } from '../dates/civil-date';
import {
  type LiaisonPointRecord,
  type RecordById,
  type SupervisionVisitRecord,
  TOWNSHIP_LEDGERS,
  type TownshipLedgerId,
} from '../ledgers';

export type { RowStatus };

/**
 * The part of a stored issue the assessment reads: 数据质量 counts rules and columns; the field decides which
 * figures the row is left out of.
 */
export type AssessedIssue = Pick<Issue, 'ruleId' | 'field' | 'column' | 'message'>;

/** One live (not deleted) row of a township ledger, as stored. */
export interface AssessedRow {
  ledger: string;
  township: string;
  key: string;
  sheetRow: number | null;
  status: RowStatus;
  /** Complete when status is not `error`, else only the fields that parsed (see `errors` for which are wrong). */
  record: Record<string, unknown>;
  errors: AssessedIssue[];
  warnings: AssessedIssue[];
}

export interface TownshipSetting {
  township: string;
  annualTarget: number;
  spreadsheetId: string | null;
}

/** The county's 三联 tabs: who liaises with which township, and the visits they made. */
export type LiaisonPoint = Pick<LiaisonPointRecord, 'leader' | 'post' | 'township'> &
  Partial<Pick<LiaisonPointRecord, 'village' | 'enterprise'>>;
export type SupervisionVisit = Pick<SupervisionVisitRecord, 'leader' | 'visitedOn' | 'township'>;

export interface QualitativeScore {
  year: number;
  township: string;
  score: number;
  bonus: number | null;
  penalty: number | null;
  remarks: string | null;
}

/** A row that counts: clean, with its typed record and where it came from. */
export interface Counted<R> {
  key: string;
  township: string;
  sheetRow: number | null;
  record: R;
}

/**
 * A row that may count in a figure: its record holds the fields that parsed; `errors` says which are wrong.
 * Only `figure-rows.ts` turns candidates into counted rows, keeping those whose errors a figure does not read.
 */
export interface Candidate<R> extends Counted<R> {
  errors: readonly AssessedIssue[];
}

export type CandidatesByLedger = { [Id in TownshipLedgerId]: Candidate<RecordById<Id>>[] };

/**
 * The rows of one township, by ledger (every township ledger of the registry): the clean rows (the
 * reminders and request lists read these), every row (数据质量), and every row of a township ledger as a
 * candidate for the figures, which decide per figure which of them count.
 */
export type TownshipRows = { township: string; all: AssessedRow[]; candidates: CandidatesByLedger } & {
  [Id in TownshipLedgerId]: Counted<RecordById<Id>>[];
};

const TOWNSHIP_LEDGER_IDS: ReadonlySet<string> = new Set(TOWNSHIP_LEDGERS.map((l) => l.id));
const isTownshipLedger = (id: string): id is TownshipLedgerId => TOWNSHIP_LEDGER_IDS.has(id);

function emptyRows(township: string): TownshipRows {
  const candidates: Record<string, unknown[]> = {};
  const rows: { township: string; all: AssessedRow[]; candidates: unknown } & Record<string, unknown> = {
    township,
    all: [],
    candidates,
  };
  for (const ledger of TOWNSHIP_LEDGERS) {
    rows[ledger.id] = [];
    candidates[ledger.id] = [];
  }
  return rows as TownshipRows;
}

/**
 * Groups rows by township (in settings order). Clean rows are listed by ledger; every row is a candidate for
 * the figures, each of which leaves out the rows with an error in a field it reads (see `figure-rows.ts`).
 */
export function groupByTownship(
  townships: readonly string[],
  rows: readonly AssessedRow[],
): Map<string, TownshipRows> {
  const out = new Map<string, TownshipRows>();
  for (const township of townships) out.set(township, emptyRows(township));
  const sorted = [...rows].sort(compareRows);
  for (const row of sorted) {
    const group = out.get(row.township);
    if (!group) continue;
    group.all.push(row);
    if (!isTownshipLedger(row.ledger)) continue;
    const counted = { key: row.key, township: row.township, sheetRow: row.sheetRow, record: row.record };
    (group.candidates[row.ledger] as Candidate<unknown>[]).push({ ...counted, errors: row.errors });
    if (row.status !== 'error') (group[row.ledger] as Counted<unknown>[]).push(counted);
  }
  return out;
}

/** Stable order: ledger, then sheet row, then key — so every list and trace is reproducible. */
export function compareRows(a: AssessedRow, b: AssessedRow): number {
  if (a.ledger !== b.ledger) return a.ledger < b.ledger ? -1 : 1;
  const ra = a.sheetRow ?? Number.MAX_SAFE_INTEGER;
  const rb = b.sheetRow ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The period an assessment year covers, cut at `today` while the year is still running. */
export interface YearWindow {
  year: number;
  start: CivilDate;
  /** Last day counted: 31 December, or today if earlier. */
  asOf: CivilDate;
}

export function yearWindow(year: number, today: CivilDate): YearWindow {
  const end = `${year}-12-31`;
  return { year, start: `${year}-01-01`, asOf: today < end ? today : end };
}

export const inWindow = (date: unknown, w: YearWindow): boolean =>
  typeof date === 'string' && date >= w.start && date <= w.asOf;

export const onOrBefore = (date: unknown, day: CivilDate): boolean => typeof date === 'string' && date <= day;
