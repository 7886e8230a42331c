// Mentoring contacts (帮带记录): which pairs were met in a period, and when each pair was last met.
import type { CivilDate } from '../../dates/civil-date';
import type { MentoringLogRecord, PairRecord } from '../../ledgers';
import { type Counted, inWindow, onOrBefore, type YearWindow } from '../county-data';

/** A pair as its log rows name it: `2+1:4305…`. */
export const pairKey = (p: Pick<PairRecord, 'pairType' | 'menteeId'>): string =>
  `${p.pairType}:${p.menteeId}`;

export function pairsContactedIn(logs: readonly Counted<MentoringLogRecord>[], w: YearWindow): Set<string> {
  return new Set(logs.filter((l) => inWindow(l.record.contactOn, w)).map((l) => pairKey(l.record)));
}

/** The latest contact of each pair on or before `day`. */
export function lastContacts(
  logs: readonly Counted<MentoringLogRecord>[],
  day: CivilDate,
): Map<string, CivilDate> {
  const last = new Map<string, CivilDate>();
  for (const l of logs) {
    if (!onOrBefore(l.record.contactOn, day)) continue;
    const key = pairKey(l.record);
    const seen = last.get(key);
    if (!seen || l.record.contactOn > seen) last.set(key, l.record.contactOn);
  }
  return last;
}
