// What a statistic is computed over (the county's clean rows, a year window) and the helpers its definitions share.
import type { TownshipLedgerId } from '../ledgers';
import { inWindow, onOrBefore, type TownshipRows, type YearWindow } from './county-data';
import { round } from './indicators/measure';
import { isPairActive } from './indicators/pairs-active';
import { isYoungOn, membersOn } from './indicators/population';

export interface Scope {
  rows: TownshipRows[];
  window: YearWindow;
  twoYears: YearWindow;
  target: number;
}

export const all = <K extends TownshipLedgerId>(s: Scope, ledger: K): TownshipRows[K] =>
  s.rows.flatMap((r) => r[ledger] as unknown[]) as TownshipRows[K];
export const members = (s: Scope) => s.rows.flatMap((r) => membersOn(r, s.window.asOf));
export const share = (part: number, whole: number) => (whole > 0 ? round((100 * part) / whole, 1) : 0);
export const pairsOf = (s: Scope, type: '2+1' | '1+1') =>
  all(s, 'pairs').filter((p) => p.record.pairType === type && isPairActive(p.record, s.window));
export const distinct = (ids: (string | null)[]) => new Set(ids.filter(Boolean)).size;
/**
 * 党员致富能手进入村级班子: members marked 是否致富能手 = 是 who hold a 村级职务 other than 无.
 * A member in the committee who is not a 致富能手 is not one of the report's figure.
 */
export const inCommittee = (s: Scope) =>
  members(s).filter(
    (m) => m.record.isWealthLeader === true && m.record.villagePost && m.record.villagePost !== '无',
  );
export const classes = (s: Scope) =>
  all(s, 'trainings').filter((c) => inWindow(c.record.startedOn, s.twoYears));
export const bases = (s: Scope) =>
  all(s, 'bases').filter((b) => onOrBefore(b.record.foundedOn, s.window.asOf));
/** 35岁及以下 on the last day counted, as 党内统计 counts it. */
export const young = (s: Scope) =>
  members(s).filter((m) => isYoungOn(m.record.idNumber, s.window.asOf)).length;
export const APPROACHING = new Set(['入党申请人', '入党积极分子', '发展对象']);
export const requestsOf = (s: Scope) =>
  all(s, 'trainingRequests').filter((r) => inWindow(r.record.wishedFrom, s.window));
export const answered = (s: Scope) =>
  new Set(
    all(s, 'trainings').flatMap((c) => (c.record.requestNo ? [`${c.township}|${c.record.requestNo}`] : [])),
  );
