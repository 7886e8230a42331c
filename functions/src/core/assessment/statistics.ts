// Every figure the county report quotes, computed from the ledgers, this year beside last year.
import type { CivilDate } from '../dates/civil-date';
import type { TownshipLedgerId } from '../ledgers';
import { type TownshipRows, yearWindow } from './county-data';
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
  /** The ledgers the figure reads and how many of their rows (without errors) the county holds. */
  sources: { ledger: StatisticLedger; rows: number }[];
}

/** A township ledger, or 乡镇设置 (one row per township) for the county's target. */
export type StatisticLedger = TownshipLedgerId | 'townshipSettings';

const rowsOf = (rows: TownshipRows[], ledger: StatisticLedger): number =>
  ledger === 'townshipSettings' ? rows.length : rows.reduce((n, r) => n + r[ledger].length, 0);

function scope(rows: TownshipRows[], year: number, today: CivilDate, target: number): Scope {
  const window = yearWindow(year, today);
  return { rows, window, twoYears: { ...window, start: `${year - 1}-01-01` }, target };
}

/**
 * The statistics for `year`, and the same figures as they stood at the end of the year before,
 * recomputed from the same rows (dated facts move; undated ones — skills, education, posts — use today's values).
 */
export function countyStatistics(
  rows: TownshipRows[],
  year: number,
  today: CivilDate,
  target: number,
): Statistic[] {
  const now = scope(rows, year, today, target);
  const before = scope(rows, year - 1, today, target);
  return DEFINITIONS.map(({ compute, ledgers, ...d }) => {
    const value = compute(now);
    const lastYear = compute(before);
    const sources = ledgers.map((ledger) => ({ ledger, rows: rowsOf(rows, ledger) }));
    return { ...d, value, lastYear, change: round(value - lastYear, 1), sources };
  });
}
