// Which mentoring pairs were active in a year, and who they mentor.
import type { PairRecord } from '../../ledgers';
import { pairPeriodOf } from '../../ledgers/pairs';
import type { Counted, YearWindow } from '../county-data';

/** Active in the window when it ran on some day of it: started by its last day, not ended before its first. */
export function isPairActive(pair: PairRecord, w: YearWindow): boolean {
  const { from, until } = pairPeriodOf(pair);
  return from <= w.asOf && (until === null || until >= w.start);
}

/**
 * Mentee ID numbers of active pairs of one type, county-wide, with the pair that covers each;
 * with `contacted` (pair keys `2+1:4305…`), only pairs whose 帮带记录 shows a contact in the period.
 */
export function activeMentees(
  pairs: readonly Counted<PairRecord>[],
  type: PairRecord['pairType'],
  w: YearWindow,
  contacted?: ReadonlySet<string>,
) {
  const mentees = new Map<string, Counted<PairRecord>>();
  for (const pair of pairs) {
    const r = pair.record;
    if (r.pairType !== type || mentees.has(r.menteeId) || !isPairActive(r, w)) continue;
    if (contacted && !contacted.has(`${r.pairType}:${r.menteeId}`)) continue;
    mentees.set(r.menteeId, pair);
  }
  return mentees;
}
