// The report county's true figures, counted here from the people, pairs, classes and bases the generator made —
// plainly, by the definitions the 全县统计 tab states — and never by the product's assessment code.
import { addYears, ageOn, type Day } from './dates';
import { isHighSchoolOrAbove } from './education';
import type { Pair, Township } from './model';

export interface Window {
  start: Day;
  asOf: Day;
  twoYearsFrom: Day;
}

/** The year counted: 1 January to 31 December, or to `today` while the year runs. */
export function windowOf(year: number, today: Day): Window {
  const end = `${year}-12-31`;
  return { start: `${year}-01-01`, asOf: today < end ? today : end, twoYearsFrom: `${year - 1}-01-01` };
}

const within = (d: Day | null, from: Day, to: Day) => d !== null && d >= from && d <= to;
const by = (d: Day | null, to: Day) => d !== null && d <= to;
const percent = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : 0);
const APPROACHING = new Set(['入党申请人', '入党积极分子', '发展对象']);
const HEADS = new Set(['书记', '主任', '书记兼主任']);

/** The last day a pair ran (null while it runs): its 结束日期, else when it was due, else its start. */
function lastDay(p: Pair): Day | null {
  if (p.status === '进行中') return null;
  return p.endedOn ?? p.plannedEndOn ?? (p.type === '2+1' ? addYears(p.startedOn, 2) : p.startedOn);
}
const ranIn = (p: Pair, w: Window) =>
  p.startedOn <= w.asOf && (lastDay(p) === null || lastDay(p)! >= w.start);

export function countFigures(townships: readonly Township[], w: Window): Record<string, number> {
  const talents = townships.flatMap((t) => t.talents);
  const members = townships.flatMap((t) => t.members).filter((m) => by(m.joinedOn, w.asOf));
  const pairs = (type: Pair['type']) =>
    townships.flatMap((t) => t.pairs).filter((p) => p.type === type && ranIn(p, w));
  const classes = townships
    .flatMap((t) => t.trainings)
    .filter((c) => within(c.startedOn, w.twoYearsFrom, w.asOf));
  const bases = townships.flatMap((t) => t.bases).filter((b) => by(b.foundedOn, w.asOf));
  const committee = members.filter((m) => m.wealthLeader === true && m.post !== null && m.post !== '无');
  const skilled = members.filter((m) => m.skillOne || m.skillTwo).length;
  const young = members.filter((m) => ageOn(m.birth, w.asOf) <= 35).length;
  const schooled = members.filter((m) => isHighSchoolOrAbove(m.education)).length;
  const distinct = (ids: (string | null)[]) => new Set(ids.filter((id) => id !== null)).size;
  const sum = <T>(rows: T[], f: (r: T) => number | null) => rows.reduce((n, r) => n + (f(r) ?? 0), 0);
  return {
    talentPool: talents.filter((t) => by(t.registeredOn, w.asOf)).length,
    annualTarget: sum(townships as Township[], (t) => t.annualTarget),
    talentsAdmittedThisYear: talents.filter((t) => within(t.probationaryOn, w.start, w.asOf)).length,
    talentsAdmittedTotal: talents.filter((t) => by(t.probationaryOn, w.asOf)).length,
    talentApplicationsTwoYears: talents.filter((t) => within(t.appliedOn, w.twoYearsFrom, w.asOf)).length,
    talentsApproachingParty: talents.filter((t) => APPROACHING.has(t.status) && by(t.appliedOn, w.asOf))
      .length,
    mentors2p1: distinct(pairs('2+1').flatMap((p) => [p.mentorOne, p.mentorTwo])),
    mentees2p1: distinct(pairs('2+1').map((p) => p.mentee)),
    mentors1p1: distinct(pairs('1+1').map((p) => p.mentorOne)),
    mentees1p1: distinct(pairs('1+1').map((p) => p.mentee)),
    trainingClassesTwoYears: classes.length,
    traineesTwoYears: sum(classes, (c) => c.trainees),
    skilledTraineesTwoYears: sum(classes, (c) => c.skilledTrainees),
    // The report county keeps no 培训申报 and no 帮带记录: those figures are 0.
    trainingRequestsThisYear: 0,
    trainingRequestsServed: 0,
    mentoringContacts: 0,
    members: members.length,
    membersWithSkills: skilled,
    membersWithSkillsShare: percent(skilled, members.length),
    membersInVillageCommittees: committee.length,
    villageHeads: committee.filter((m) => HEADS.has(m.post!)).length,
    bases: bases.length,
    householdsLed: sum(bases, (b) => b.households),
    membersUnder35: young,
    membersUnder35Share: percent(young, members.length),
    highSchoolOrAboveShare: percent(schooled, members.length),
  };
}

export interface ExpectedFigure {
  value: number;
  lastYear: number;
}

/** Each figure this year and as it stood at the end of last year, keyed as `run --json` keys its statistics. */
export function expectedFigures(
  townships: readonly Township[],
  year: number,
  today: Day,
): Record<string, ExpectedFigure> {
  const now = countFigures(townships, windowOf(year, today));
  const before = countFigures(townships, windowOf(year - 1, today));
  return Object.fromEntries(Object.keys(now).map((k) => [k, { value: now[k]!, lastYear: before[k]! }]));
}
