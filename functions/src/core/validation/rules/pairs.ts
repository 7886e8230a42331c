// "2+1" and "1+1" mentoring pairs: the shape a single row must have.
import { addYears } from '../../dates/civil-date';
import type { PairRecord } from '../../ledgers/pairs';
import { defineRule, errorAt, warningAt } from './rule';

/** 2+1 pairs run two years; 1+1 pairs end when planned (or never, if no plan). */
export const PAIR_2PLUS1_YEARS = 2;

/** The day a pair is due to end: the plan, or two years after the start for a 2+1 pair. */
export function pairDueOn(r: Pick<PairRecord, 'pairType' | 'startedOn' | 'plannedEndOn'>): string | null {
  if (r.plannedEndOn) return r.plannedEndOn;
  return r.pairType === '2+1' ? addYears(r.startedOn, PAIR_2PLUS1_YEARS) : null;
}

export const pairShapeRule = defineRule<PairRecord>({
  id: 'pair.shape',
  uses: ['pairType', 'mentorTwoId', 'project'],
  check(r) {
    if (r.pairType === '2+1') {
      return r.mentorTwoId
        ? []
        : [errorAt('mentorTwoId', '“2+1”须由两名正式党员帮带，请填写帮带人二身份证号')];
    }
    const findings = [];
    if (r.mentorTwoId) findings.push(errorAt('mentorTwoId', '“1+1”只有一名帮带人，请清空帮带人二身份证号'));
    if (!r.project) findings.push(errorAt('project', '“1+1”须确定帮带项目，请填写'));
    return findings;
  },
});

export const pairDistinctPeopleRule = defineRule<PairRecord>({
  id: 'pair.distinct-people',
  uses: ['mentorOneId', 'mentorTwoId', 'menteeId'],
  check(r) {
    const findings = [];
    if (r.mentorTwoId && r.mentorTwoId === r.mentorOneId) {
      findings.push(errorAt('mentorTwoId', '与帮带人一是同一人，“2+1”须由两名不同的党员帮带'));
    }
    if (r.menteeId === r.mentorOneId || r.menteeId === r.mentorTwoId) {
      findings.push(errorAt('menteeId', '被帮带人不能同时是帮带人，请核对'));
    }
    return findings;
  },
});

export const pairDatesRule = defineRule<PairRecord>({
  id: 'pair.dates',
  uses: ['startedOn', 'plannedEndOn'],
  check(r) {
    return r.plannedEndOn && r.plannedEndOn < r.startedOn
      ? [errorAt('plannedEndOn', `${r.plannedEndOn} 早于开始日期（${r.startedOn}），请核对`)]
      : [];
  },
});

export const pairPlannedLengthRule = defineRule<PairRecord>({
  id: 'pair.planned-length',
  uses: ['pairType', 'startedOn', 'plannedEndOn'],
  check(r) {
    if (r.pairType !== '2+1' || !r.plannedEndOn || r.plannedEndOn < r.startedOn) return [];
    const expected = addYears(r.startedOn, PAIR_2PLUS1_YEARS);
    return r.plannedEndOn !== expected
      ? [warningAt('plannedEndOn', `“2+1”规定帮带时间为两年，计划结束日期一般为 ${expected}`)]
      : [];
  },
});

export const pairOverdueRule = defineRule<PairRecord>({
  id: 'pair.overdue',
  uses: ['pairType', 'startedOn', 'plannedEndOn', 'status'],
  check(r, { today }) {
    const due = pairDueOn(r);
    if (r.status !== '进行中' || !due || due >= today) return [];
    return [warningAt('status', `已超过计划结束日期（${due}）仍在进行中，请更新状态或填写成效`)];
  },
});

export const pairRules = [
  pairShapeRule,
  pairDistinctPeopleRule,
  pairDatesRule,
  pairPlannedLengthRule,
  pairOverdueRule,
];
