// Mentoring contacts (帮带记录): which logs count for their pair, which pairs were met in a period, and when
// each pair was last met. A log counts only for a pair of its own township and only within the pair's period.
import type { CivilDate } from '../../dates/civil-date';
import type { MentoringLogRecord, PairRecord } from '../../ledgers';
import { pairDueOn } from '../../ledgers/pairs';
import { type Counted, inWindow, onOrBefore, type YearWindow } from '../county-data';

/** A pair as its log rows name it: `2+1:4305…`. */
export const pairKey = (p: Pick<PairRecord, 'pairType' | 'menteeId'>): string =>
  `${p.pairType}:${p.menteeId}`;

/** A log that does not count, and why (Chinese, for the township that keeps it). */
export interface RefusedLog {
  log: Counted<MentoringLogRecord>;
  reason: string;
}

/** Why a log does not count for its pair, or null when it does. */
export function logRefusal(
  log: Counted<MentoringLogRecord>,
  pair: Counted<PairRecord> | undefined,
): string | null {
  const on = log.record.contactOn;
  if (!pair) return '全县「帮带结对」中没有对应的结对';
  const p = pair.record;
  if (pair.township !== log.township) {
    return `该结对登记在${pair.township}「帮带结对」，帮带记录须记在${pair.township}的「帮带记录」中`;
  }
  if (on < p.startedOn) return `帮带日期早于结对开始日期（${p.startedOn}），请核对`;
  const end = p.status === '已完成' ? pairDueOn(p) : null;
  if (end && on > end) return `帮带日期晚于结对结束日期（${end}），结对已完成，请核对`;
  return null;
}

/**
 * Splits the county's logs into those that count for their pair and those flagged as not counting; the logs
 * of an 已中止 pair are in neither (they do not count, and are no mistake).
 */
export function sortLogs(
  pairs: readonly Counted<PairRecord>[],
  logs: readonly Counted<MentoringLogRecord>[],
): { counted: Counted<MentoringLogRecord>[]; refused: RefusedLog[] } {
  const byKey = new Map<string, Counted<PairRecord>>();
  for (const p of pairs) if (!byKey.has(pairKey(p.record))) byKey.set(pairKey(p.record), p);
  const counted: Counted<MentoringLogRecord>[] = [];
  const refused: RefusedLog[] = [];
  for (const log of logs) {
    const pair = byKey.get(pairKey(log.record));
    const reason = logRefusal(log, pair);
    if (reason) refused.push({ log, reason });
    // A stopped pair's contacts were real but mentor no one now: not counted, and not the clerk's mistake.
    else if (pair?.record.status !== '已中止') counted.push(log);
  }
  return { counted, refused };
}

/** Pairs met in the window, from logs that count (see `sortLogs`). */
export function pairsContactedIn(logs: readonly Counted<MentoringLogRecord>[], w: YearWindow): Set<string> {
  return new Set(logs.filter((l) => inWindow(l.record.contactOn, w)).map((l) => pairKey(l.record)));
}

/** The latest contact of each pair on or before `day`, from logs that count. */
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
