// Every figure the county report quotes, computed from the ledgers, this year beside last year.
import type { CivilDate } from '../dates/civil-date';
import { type TownshipRows, yearWindow } from './county-data';
import { rowsForAll } from './figure-rows';
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
  /** Rows left out of this figure: an error in a field it reads, or in who the row is (数据质量 lists them). */
  leftOut: number;
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
    return { ...d, value, lastYear, change: round(value - lastYear, 1), leftOut };
  });
}
