// The seven quantitative indicators of one township, each as measured parts with their traces.

import { isHighSchoolOrAbove } from '../../ledgers';
import type { IndicatorId } from '../config';
import { inWindow, onOrBefore, type TownshipRows, type YearWindow } from '../county-data';
import { matchRequests } from '../request-matching';
import { countPart, type MeasuredPart, part, ref, shownAs } from './measure';
import { countText, perHundredText, type ShareWords, shareText } from './part-display';
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

/** A share, shown as a leader reads it (see part-display). */
const share = (label: string, n: number, d: number, trace: string[], words: ShareWords, cap?: number) =>
  shownAs(part(label, n, d, trace, cap), shareText(n, d, words, cap));
const count = (label: string, n: number, trace: string[], unit: string) =>
  shownAs(countPart(label, n, trace), countText(n, unit));
const MEMBERS = (of: string): ShareWords => ({ of, per: '党员', unit: '名', none: '无党员' });

const development: Measure = ({ rows, target, window }) => {
  const admitted = rows.talents.filter((t) => inWindow(t.record.probationaryOn, window));
  const trace = admitted.map((t) => ref('talents', t.key));
  // Completion of the annual target, capped at 100%; with no target, any admission completes it.
  if (target <= 0) {
    const done = admitted.length ? '按已完成计' : '按0计';
    const shown = `—（未设年度发展目标；本年度发展${admitted.length}名，${done}）`;
    return [shownAs(part('发展党员完成率', admitted.length, 1, trace, 1), shown)];
  }
  const words = { of: '发展', per: '年度目标', unit: '名', none: '未设年度发展目标' };
  return [share('发展党员完成率', admitted.length, target, trace, words, 1)];
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
  const words = { of: '在帮带', per: '乡土人才和党员', unit: '人', none: '无乡土人才和党员' };
  const covered = coveredTalents.length + coveredMembers.length;
  return [share('帮带覆盖率', covered, talents.length + members.length, trace, words)];
};

const training: Measure = ({ rows, window }) => {
  const classes = rows.trainings.filter((c) => inWindow(c.record.startedOn, window));
  const trace = classes.map((c) => ref('trainings', c.key));
  const trainees = classes.reduce((sum, c) => sum + c.record.trainees, 0);
  const members = membersOn(rows, window.asOf).length;
  // 菜单式培训: classes that served one of the township's own requests (taken up, on or after it, same course).
  const { serving } = matchRequests(rows);
  const answering = classes.filter((c) => serving.has(c.key));
  // Counted in classes (班次), where the 菜单式培训 tab counts requests: the label and the text say which.
  const served = { of: '为已施训申报举办的培训班', per: '本年度培训班', unit: '期', none: '本年度无培训班' };
  return [
    count('培训期数', classes.length, trace, '期'),
    shownAs(part('每百名党员参训人次', trainees, members / 100, trace), perHundredText(trainees, members)),
    share(
      '按申报施训班次占比',
      answering.length,
      classes.length,
      answering.map((c) => ref('trainings', c.key)),
      served,
    ),
  ];
};

const skills: Measure = ({ rows, window }) => {
  const members = membersOn(rows, window.asOf);
  const skilled = members.filter((m) => hasSkill(m.record));
  return [
    share(
      '掌握实用技术党员占比',
      skilled.length,
      members.length,
      skilled.map((m) => ref('members', m.key)),
      MEMBERS('掌握实用技术'),
    ),
  ];
};

const structure: Measure = ({ rows, window }) => {
  const members = membersOn(rows, window.asOf);
  const young = members.filter((m) => isYoungOn(m.record.idNumber, window.asOf));
  const educated = members.filter((m) => isHighSchoolOrAbove(m.record.education));
  return [
    share(
      '35岁及以下党员占比',
      young.length,
      members.length,
      young.map((m) => ref('members', m.key)),
      MEMBERS('35岁及以下'),
    ),
    share(
      '高中或中专以上占比',
      educated.length,
      members.length,
      educated.map((m) => ref('members', m.key)),
      MEMBERS('高中或中专以上'),
    ),
  ];
};

const demonstration: Measure = ({ rows, window }) => {
  const bases = rows.bases.filter((b) => onOrBefore(b.record.foundedOn, window.asOf));
  const trace = bases.map((b) => ref('bases', b.key));
  const households = bases.reduce((sum, b) => sum + (b.record.householdsLed ?? 0), 0);
  return [count('示范基地数', bases.length, trace, '个'), count('带动农户数', households, trace, '户')];
};

const dataQuality: Measure = ({ rows }) => {
  const clean = rows.all.filter((r) => r.status !== 'error');
  return [
    share(
      '无错误行占比',
      clean.length,
      rows.all.length,
      clean.map((r) => ref(r.ledger, r.key)),
      { of: '无错误', per: '台账', unit: '行', none: '没有台账行' },
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
