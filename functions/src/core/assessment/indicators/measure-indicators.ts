// The seven quantitative indicators of one township, each as measured parts with their traces. Each part
// declares the fields it reads and counts only the rows whose fields it reads are valid; the rows it leaves
// out are listed beside its trace (issue 14, defect 9).

import { isHighSchoolOrAbove } from '../../ledgers';
import type { IndicatorId } from '../config';
import { inWindow, onOrBefore, type TownshipRows, type YearWindow } from '../county-data';
import { type FieldsRead, readsOf, rowsFor } from '../figure-rows';
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

/** One part of an indicator: the fields it reads, and how it is measured over the rows that may count. */
interface PartSpec {
  reads: FieldsRead;
  measure: (c: TownshipContext) => MeasuredPart;
}

/** What the county's pairs met this year read (帮带覆盖率): when each pair ran, whom it mentors, its contacts. */
export const PAIRS_MET: FieldsRead = {
  pairs: ['pairType', 'menteeId', 'startedOn', 'plannedEndOn', 'endedOn', 'status'],
  mentoringLogs: ['pairType', 'menteeId', 'contactOn'],
};
const MEMBERS: FieldsRead = { members: ['joinedOn'] };
/** A share, shown as a leader reads it (see part-display). */
const share = (label: string, n: number, d: number, trace: string[], words: ShareWords, cap?: number) =>
  shownAs(part(label, n, d, trace, cap), shareText(n, d, words, cap));
const count = (label: string, n: number, trace: string[], unit: string) =>
  shownAs(countPart(label, n, trace), countText(n, unit));
const OF_MEMBERS = (of: string): ShareWords => ({ of, per: '党员', unit: '名', none: '无党员' });
const CLASSES: FieldsRead = { trainings: ['startedOn'] };

const development: PartSpec = {
  reads: { talents: ['probationaryOn'] },
  measure: ({ rows, target, window }) => {
    const admitted = rows.talents.filter((t) => inWindow(t.record.probationaryOn, window));
    const trace = admitted.map((t) => ref('talents', t.key));
    // Completion of the annual target, capped at 100%; with no target, any admission completes it.
    if (target <= 0) {
      const done = admitted.length ? '按已完成计' : '按0计';
      const shown = `—（未设年度发展目标；本年度发展${admitted.length}名，${done}）`;
      return shownAs(part('发展党员完成率', admitted.length, 1, trace, 1), shown);
    }
    const words = { of: '发展', per: '年度目标', unit: '名', none: '未设年度发展目标' };
    return share('发展党员完成率', admitted.length, target, trace, words, 1);
  },
};

const mentoring: PartSpec = {
  reads: readsOf(MEMBERS, PAIRS_MET, { talents: ['registeredOn', 'politicalStatus'] }),
  measure: ({ rows, window, pairs }) => {
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
    return share('帮带覆盖率', covered, talents.length + members.length, trace, words);
  },
};

const classesIn = (rows: TownshipRows, window: YearWindow) =>
  rows.trainings.filter((c) => inWindow(c.record.startedOn, window));

const trainingClasses: PartSpec = {
  reads: CLASSES,
  measure: ({ rows, window }) => {
    const classes = classesIn(rows, window);
    return count(
      '培训期数',
      classes.length,
      classes.map((c) => ref('trainings', c.key)),
      '期',
    );
  },
};

const trainees: PartSpec = {
  reads: readsOf(MEMBERS, { trainings: ['startedOn', 'trainees'] }),
  measure: ({ rows, window }) => {
    const classes = classesIn(rows, window);
    const trainees = classes.reduce((sum, c) => sum + c.record.trainees, 0);
    const members = membersOn(rows, window.asOf).length;
    const trace = classes.map((c) => ref('trainings', c.key));
    return shownAs(
      part('每百名党员参训人次', trainees, members / 100, trace),
      perHundredText(trainees, members),
    );
  },
};

const servingRequests: PartSpec = {
  reads: {
    trainings: ['startedOn', 'title', 'requestNo'],
    trainingRequests: ['requestNo', 'course', 'wishedFrom', 'status'],
  },
  measure: ({ rows, window }) => {
    const classes = classesIn(rows, window);
    // 菜单式培训: classes that served one of the township's own requests (taken up, on or after it, same course).
    const { serving } = matchRequests(rows);
    const answering = classes.filter((c) => serving.has(c.key));
    const trace = answering.map((c) => ref('trainings', c.key));
    // Counted in classes (班次), where the 菜单式培训 tab counts requests: the label and the text say which.
    const served = {
      of: '为已施训申报举办的培训班',
      per: '本年度培训班',
      unit: '期',
      none: '本年度无培训班',
    };
    return share('按申报施训班次占比', answering.length, classes.length, trace, served);
  },
};

const skills: PartSpec = {
  reads: readsOf(MEMBERS, { members: ['skillOne', 'skillTwo'] }),
  measure: ({ rows, window }) => {
    const members = membersOn(rows, window.asOf);
    const skilled = members.filter((m) => hasSkill(m.record));
    const trace = skilled.map((m) => ref('members', m.key));
    return share('掌握实用技术党员占比', skilled.length, members.length, trace, OF_MEMBERS('掌握实用技术'));
  },
};

/** 35岁及以下 as 党内统计 counts it, with the statistics' definition (see `isYoungOn`). */
const young: PartSpec = {
  reads: readsOf(MEMBERS, { members: ['idNumber'] }),
  measure: ({ rows, window }) => {
    const members = membersOn(rows, window.asOf);
    const young = members.filter((m) => isYoungOn(m.record.idNumber, window.asOf));
    const trace = young.map((m) => ref('members', m.key));
    return share('35岁及以下党员占比', young.length, members.length, trace, OF_MEMBERS('35岁及以下'));
  },
};

const educated: PartSpec = {
  reads: readsOf(MEMBERS, { members: ['education'] }),
  measure: ({ rows, window }) => {
    const members = membersOn(rows, window.asOf);
    const educated = members.filter((m) => isHighSchoolOrAbove(m.record.education));
    const trace = educated.map((m) => ref('members', m.key));
    return share('高中或中专以上占比', educated.length, members.length, trace, OF_MEMBERS('高中或中专以上'));
  },
};

const bases = (rows: TownshipRows, window: YearWindow) =>
  rows.bases.filter((b) => onOrBefore(b.record.foundedOn, window.asOf));

const baseCount: PartSpec = {
  reads: { bases: ['foundedOn'] },
  measure: ({ rows, window }) => {
    const found = bases(rows, window);
    return count(
      '示范基地数',
      found.length,
      found.map((b) => ref('bases', b.key)),
      '个',
    );
  },
};

const households: PartSpec = {
  reads: { bases: ['foundedOn', 'householdsLed'] },
  measure: ({ rows, window }) => {
    const found = bases(rows, window);
    const households = found.reduce((sum, b) => sum + (b.record.householdsLed ?? 0), 0);
    return count(
      '带动农户数',
      households,
      found.map((b) => ref('bases', b.key)),
      '户',
    );
  },
};

/** 数据质量 scores every row and every error itself: it reads all rows, none is left out. */
const dataQuality: PartSpec = {
  reads: {},
  measure: ({ rows }) => {
    const clean = rows.all.filter((r) => r.status !== 'error');
    const trace = clean.map((r) => ref(r.ledger, r.key));
    const words = { of: '无错误', per: '台账', unit: '行', none: '没有台账行' };
    return share('无错误行占比', clean.length, rows.all.length, trace, words);
  },
};

export const INDICATOR_PARTS: Record<IndicatorId, readonly PartSpec[]> = {
  development: [development],
  mentoring: [mentoring],
  training: [trainingClasses, trainees, servingRequests],
  skills: [skills],
  structure: [young, educated],
  demonstration: [baseCount, households],
  dataQuality: [dataQuality],
};

/** Measures one indicator of a township: each part over the rows it may count, with the rows it left out. */
export function measureIndicator(id: IndicatorId, context: TownshipContext): MeasuredPart[] {
  return INDICATOR_PARTS[id].map(({ reads, measure }) => {
    const { rows, leftOut } = rowsFor(context.rows, reads);
    return { ...measure({ ...context, rows }), leftOut };
  });
}
