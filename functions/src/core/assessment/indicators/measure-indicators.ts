// The seven quantitative indicators of one township, each as measured parts with their traces. Each part
// declares the fields it reads and counts only the rows whose fields it reads are valid; the rows it leaves
// out are listed beside its trace (issue 14, defect 9).

import { isHighSchoolOrAbove } from '../../ledgers';
import type { IndicatorId } from '../config';
import { inWindow, onOrBefore, type TownshipRows, type YearWindow } from '../county-data';
import { type FieldsRead, readsOf, rowsFor } from '../figure-rows';
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
const CLASSES: FieldsRead = { trainings: ['startedOn'] };

const development: PartSpec = {
  reads: { talents: ['probationaryOn'] },
  measure: ({ rows, target, window }) => {
    const admitted = rows.talents.filter((t) => inWindow(t.record.probationaryOn, window));
    const trace = admitted.map((t) => ref('talents', t.key));
    // Completion of the annual target, capped at 100%; with no target, any admission completes it.
    return part('发展党员完成率', admitted.length, target <= 0 ? 1 : target, trace, 1);
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
    const covered = coveredTalents.length + coveredMembers.length;
    return part('帮带覆盖率', covered, talents.length + members.length, trace);
  },
};

const classesIn = (rows: TownshipRows, window: YearWindow) =>
  rows.trainings.filter((c) => inWindow(c.record.startedOn, window));

const trainingClasses: PartSpec = {
  reads: CLASSES,
  measure: ({ rows, window }) => {
    const classes = classesIn(rows, window);
    return countPart(
      '培训期数',
      classes.length,
      classes.map((c) => ref('trainings', c.key)),
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
    return part('每百名党员参训人次', trainees, members / 100, trace);
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
    return part('按申报施训占比', answering.length, classes.length, trace);
  },
};

const skills: PartSpec = {
  reads: readsOf(MEMBERS, { members: ['skillOne', 'skillTwo'] }),
  measure: ({ rows, window }) => {
    const members = membersOn(rows, window.asOf);
    const skilled = members.filter((m) => hasSkill(m.record));
    const trace = skilled.map((m) => ref('members', m.key));
    return part('掌握实用技术党员占比', skilled.length, members.length, trace);
  },
};

/** 35岁及以下 as 党内统计 counts it, with the statistics' definition (see `isYoungOn`). */
const young: PartSpec = {
  reads: readsOf(MEMBERS, { members: ['idNumber'] }),
  measure: ({ rows, window }) => {
    const members = membersOn(rows, window.asOf);
    const young = members.filter((m) => isYoungOn(m.record.idNumber, window.asOf));
    const trace = young.map((m) => ref('members', m.key));
    return part('35岁及以下党员占比', young.length, members.length, trace);
  },
};

const educated: PartSpec = {
  reads: readsOf(MEMBERS, { members: ['education'] }),
  measure: ({ rows, window }) => {
    const members = membersOn(rows, window.asOf);
    const educated = members.filter((m) => isHighSchoolOrAbove(m.record.education));
    const trace = educated.map((m) => ref('members', m.key));
    return part('高中或中专以上占比', educated.length, members.length, trace);
  },
};

const bases = (rows: TownshipRows, window: YearWindow) =>
  rows.bases.filter((b) => onOrBefore(b.record.foundedOn, window.asOf));

const baseCount: PartSpec = {
  reads: { bases: ['foundedOn'] },
  measure: ({ rows, window }) => {
    const found = bases(rows, window);
    return countPart(
      '示范基地数',
      found.length,
      found.map((b) => ref('bases', b.key)),
    );
  },
};

const households: PartSpec = {
  reads: { bases: ['foundedOn', 'householdsLed'] },
  measure: ({ rows, window }) => {
    const found = bases(rows, window);
    const households = found.reduce((sum, b) => sum + (b.record.householdsLed ?? 0), 0);
    return countPart(
      '带动农户数',
      households,
      found.map((b) => ref('bases', b.key)),
    );
  },
};

/** 数据质量 scores every row and every error itself: it reads all rows, none is left out. */
const dataQuality: PartSpec = {
  reads: {},
  measure: ({ rows }) => {
    const clean = rows.all.filter((r) => r.status !== 'error');
    const trace = clean.map((r) => ref(r.ledger, r.key));
    return part('无错误行占比', clean.length, rows.all.length, trace);
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
