// The seven quantitative indicators of one township, each as measured parts with their traces.

import { isHighSchoolOrAbove } from '../../ledgers';
import type { IndicatorId } from '../config';
import { inWindow, onOrBefore, type TownshipRows, type YearWindow } from '../county-data';
import { matchRequests } from '../request-matching';
import { countPart, type MeasuredPart, part, ref } from './measure';
import { hasSkill, isNonMemberTalent, isYoungOn, membersOn, talentsOn } from './population';

export interface CountyPairs {
  /** Mentees of active 2+1 pairs with a contact this year, anywhere in the county (ID number → pair). */
  twoPlusOne: ReadonlyMap<string, unknown>;
  onePlusOne: ReadonlyMap<string, unknown>;
}

export interface TownshipContext {
  rows: TownshipRows;
  target: number;
  window: YearWindow;
  pairs: CountyPairs;
}

type Measure = (c: TownshipContext) => MeasuredPart[];

const development: Measure = ({ rows, target, window }) => {
  const admitted = rows.talents.filter((t) => inWindow(t.record.probationaryOn, window));
  const trace = admitted.map((t) => ref('talents', t.key));
  // Completion of the annual target, capped at 100%; with no target, any admission completes it.
  if (target <= 0) return [part('发展党员完成率', admitted.length, 1, trace, 1)];
  return [part('发展党员完成率', admitted.length, target, trace, 1)];
};

const mentoring: Measure = ({ rows, window, pairs }) => {
  const talents = talentsOn(rows, window.asOf).filter((t) => isNonMemberTalent(t.record));
  const members = membersOn(rows, window.asOf);
  const coveredTalents = talents.filter((t) => pairs.twoPlusOne.has(t.record.idNumber));
  const coveredMembers = members.filter((m) => pairs.onePlusOne.has(m.record.idNumber));
  const trace = [
    ...coveredTalents.map((t) => ref('talents', t.key)),
    ...coveredMembers.map((m) => ref('members', m.key)),
  ];
  return [
    part('帮带覆盖率', coveredTalents.length + coveredMembers.length, talents.length + members.length, trace),
  ];
};

const training: Measure = ({ rows, window }) => {
  const classes = rows.trainings.filter((c) => inWindow(c.record.startedOn, window));
  const trace = classes.map((c) => ref('trainings', c.key));
  const trainees = classes.reduce((sum, c) => sum + c.record.trainees, 0);
  const members = membersOn(rows, window.asOf).length;
  // 菜单式培训: classes that served one of the township's own requests (taken up, on or after it, same course).
  const { serving } = matchRequests(rows);
  const answering = classes.filter((c) => serving.has(c.key));
  return [
    countPart('培训期数', classes.length, trace),
    part('每百名党员参训人次', trainees, members / 100, trace),
    part(
      '按申报施训占比',
      answering.length,
      classes.length,
      answering.map((c) => ref('trainings', c.key)),
    ),
  ];
};

const skills: Measure = ({ rows, window }) => {
  const members = membersOn(rows, window.asOf);
  const skilled = members.filter((m) => hasSkill(m.record));
  return [
    part(
      '掌握实用技术党员占比',
      skilled.length,
      members.length,
      skilled.map((m) => ref('members', m.key)),
    ),
  ];
};

const structure: Measure = ({ rows, window }) => {
  const members = membersOn(rows, window.asOf);
  const young = members.filter((m) => isYoungOn(m.record.idNumber, window.asOf));
  const educated = members.filter((m) => isHighSchoolOrAbove(m.record.education));
  return [
    part(
      '35岁及以下党员占比',
      young.length,
      members.length,
      young.map((m) => ref('members', m.key)),
    ),
    part(
      '高中或中专以上占比',
      educated.length,
      members.length,
      educated.map((m) => ref('members', m.key)),
    ),
  ];
};

const demonstration: Measure = ({ rows, window }) => {
  const bases = rows.bases.filter((b) => onOrBefore(b.record.foundedOn, window.asOf));
  const trace = bases.map((b) => ref('bases', b.key));
  const households = bases.reduce((sum, b) => sum + (b.record.householdsLed ?? 0), 0);
  return [countPart('示范基地数', bases.length, trace), countPart('带动农户数', households, trace)];
};

const dataQuality: Measure = ({ rows }) => {
  const clean = rows.all.filter((r) => r.status !== 'error');
  return [
    part(
      '无错误行占比',
      clean.length,
      rows.all.length,
      clean.map((r) => ref(r.ledger, r.key)),
    ),
  ];
};

export const MEASURES: Record<IndicatorId, Measure> = {
  development,
  mentoring,
  training,
  skills,
  structure,
  demonstration,
  dataQuality,
};
