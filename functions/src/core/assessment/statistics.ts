// Every figure the county report quotes, computed from the ledgers, this year beside last year.
import type { CivilDate } from '../dates/civil-date';
import type { TownshipLedgerId } from '../ledgers';
import { type TownshipRows, yearWindow } from './county-data';
import { type FieldsRead, rowsForAll } from './figure-rows';
import { round } from './indicators/measure';
import { DEFINITIONS } from './statistic-definitions';
import type { Scope } from './statistic-scope';

export interface Statistic {
  /** Stable key for JSON output and year-on-year comparison. */
  key: string;
  label: string;
  /** The county report's wording with `{value}` where the figure goes. */
  wording: string;
  unit: '人' | '名' | '个' | '户' | '期' | '人次' | '%';
  value: number;
  lastYear: number;
  /** value − lastYear (percentage points for shares). */
  change: number;
  /** The ledgers the figure reads and how many of their rows it counted from (rows left out excluded). */
  sources: { ledger: StatisticLedger; rows: number }[];
  /** Rows left out of this figure: an error in a field it reads, or in who the row is (数据质量 lists them). */
  leftOut: number;
}

/** A township ledger, or 乡镇设置 (one row per township) for the county's target. */
export type StatisticLedger = TownshipLedgerId | 'townshipSettings';

const rowsOf = (rows: TownshipRows[], ledger: StatisticLedger): number =>
  ledger === 'townshipSettings' ? rows.length : rows.reduce((n, r) => n + r[ledger].length, 0);

/** The ledgers a figure reads; a figure reading no ledger field (the target) comes from 乡镇设置. */
function ledgersRead(reads: FieldsRead): StatisticLedger[] {
  const ledgers = Object.keys(reads) as TownshipLedgerId[];
  return ledgers.length > 0 ? ledgers : ['townshipSettings'];
}

function scope(rows: TownshipRows[], year: number, today: CivilDate, target: number): Scope {
  const window = yearWindow(year, today);
  return { rows, window, twoYears: { ...window, start: `${year - 1}-01-01` }, target };
}

/**
 * The statistics for `year`, each over the rows it may count, and the same figures as they stood at the end of the year before,
 * recomputed from the same rows (dated facts move; undated ones — skills, education, posts — use today's values).
 */
export function countyStatistics(
  rows: TownshipRows[],
  year: number,
  today: CivilDate,
  target: number,
): Statistic[] {
  return DEFINITIONS.map(({ compute, reads, ...d }) => {
    // Each figure counts the rows whose fields it reads are valid (issue 14, defect 9).
    const figure = rowsForAll(rows, reads);
    const value = compute(scope(figure.rows, year, today, target));
    const lastYear = compute(scope(figure.rows, year - 1, today, target));
    const leftOut = new Set(figure.leftOut.map((l) => `${l.township}|${l.row}`)).size;
    const sources = ledgersRead(reads).map((ledger) => ({ ledger, rows: rowsOf(figure.rows, ledger) }));
    return { ...d, value, lastYear, change: round(value - lastYear, 1), leftOut, sources };
  });
}
