// The days a mentoring pair ran: from its 开始日期 to the day it actually ended, or open while 进行中.
import { addYears } from '../../dates/civil-date';
import type { PairRecord } from './ledger';

/** 2+1 pairs run two years; 1+1 pairs end when planned (or never, if no plan). */
export const PAIR_2PLUS1_YEARS = 2;

/** The day a pair is due to end: the plan, or two years after the start for a 2+1 pair. */
export function pairDueOn(r: Pick<PairRecord, 'pairType' | 'startedOn' | 'plannedEndOn'>): string | null {
  if (r.plannedEndOn) return r.plannedEndOn;
  return r.pairType === '2+1' ? addYears(r.startedOn, PAIR_2PLUS1_YEARS) : null;
}

export interface PairPeriod {
  from: string;
  /** The last day it ran; null while it runs. */
  until: string | null;
}

type PeriodFields = Pick<PairRecord, 'pairType' | 'startedOn' | 'plannedEndOn' | 'status'> & {
  endedOn?: string | null;
};

/**
 * When a pair ran. 进行中: from the start, open. 已完成/已中止: until its 结束日期; without one (a row kept
 * before the column existed, and warned about), until the day it was due, or — with no plan — its start day,
 * the one day it is known to have run.
 */
export function pairPeriodOf(r: PeriodFields): PairPeriod {
  if (r.status === '进行中') return { from: r.startedOn, until: null };
  return { from: r.startedOn, until: r.endedOn ?? pairDueOn(r) ?? r.startedOn };
}

/** Two periods share a day; one ending on the day the next starts is a hand-over, not an overlap. */
export function periodsOverlap(a: PairPeriod, b: PairPeriod): boolean {
  if (a.from === b.from) return true;
  return (b.until === null || a.from < b.until) && (a.until === null || b.from < a.until);
}
