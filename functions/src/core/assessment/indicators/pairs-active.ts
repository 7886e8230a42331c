// Which mentoring pairs were active in a year, and who they mentor.
import type { PairRecord } from '../../ledgers';
import { pairDueOn } from '../../ledgers/pairs';
import type { Counted, YearWindow } from '../county-data';

/** Active in the window: started by its last day, and still running or not due before its first day. */
export function isPairActive(pair: PairRecord, w: YearWindow): boolean {
  if (pair.startedOn > w.asOf) return false;
  if (pair.status === '进行中') return true;
  const due = pairDueOn(pair);
  return due !== null && due >= w.start;
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
