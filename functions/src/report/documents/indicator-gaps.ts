// Which indicators cost a township most points against the county's best, and which it led the county in.
import type { ReportIndicator, ReportSnapshot, ReportTownship } from './report-snapshot';

export interface IndicatorGap {
  indicator: ReportIndicator;
  /** The township with the most points on the indicator (first in rank order when several tie). */
  best: { township: string; indicator: ReportIndicator };
}

function bestOn(snapshot: ReportSnapshot, id: string): IndicatorGap['best'] {
  let best: IndicatorGap['best'] | null = null;
  for (const t of snapshot.ranking) {
    const indicator = t.indicators.find((i) => i.id === id);
    if (indicator && (!best || indicator.points > best.indicator.points))
      best = { township: t.township, indicator };
  }
  return best!;
}

/** At most `count` indicators where the township trails the best most, biggest gap first; none it leads. */
export function costliestIndicators(
  snapshot: ReportSnapshot,
  township: ReportTownship,
  count = 3,
): IndicatorGap[] {
  return township.indicators
    .map((indicator) => ({ indicator, best: bestOn(snapshot, indicator.id) }))
    .filter((g) => g.best.indicator.points > g.indicator.points)
    .sort(
      (a, b) =>
        b.best.indicator.points - b.indicator.points - (a.best.indicator.points - a.indicator.points) ||
        b.indicator.weight - a.indicator.weight,
    )
    .slice(0, count);
}

/** The indicators on which no township has more points than this one (it leads, alone or level). */
export function ledIndicators(snapshot: ReportSnapshot, township: ReportTownship): ReportIndicator[] {
  return township.indicators.filter(
    (i) => i.points > 0 && i.points >= bestOn(snapshot, i.id).indicator.points,
  );
}
