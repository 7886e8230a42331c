// Which mentoring pairs were active in a year, and who they mentor.
import type { PairRecord } from '../../ledgers';
import { pairDueOn } from '../../validation/rules/pairs';
import type { Counted, YearWindow } from '../county-data';

/** Active in the window: started by its last day, and still running or not due before its first day. */
export function isPairActive(pair: PairRecord, w: YearWindow): boolean {
  if (pair.startedOn > w.asOf) return false;
  if (pair.status === '进行中') return true;
  const due = pairDueOn(pair);
  return due !== null && due >= w.start;
}

/** Mentee ID numbers of active pairs of one type, county-wide, with the pair that covers each. */
export function activeMentees(
  pairs: readonly Counted<PairRecord>[],
  type: PairRecord['pairType'],
  w: YearWindow,
) {
  const mentees = new Map<string, Counted<PairRecord>>();
  for (const pair of pairs) {
    if (pair.record.pairType === type && isPairActive(pair.record, w) && !mentees.has(pair.record.menteeId)) {
      mentees.set(pair.record.menteeId, pair);
    }
  }
  return mentees;
}
