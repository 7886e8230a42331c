// How many of each kind of person, pair, class and base every township gets, so the county adds up to the report.
import { TOWNSHIP_NAMES } from '../sample-county/place-names';
import type { Random } from '../sample-county/random';
import {
  COMMITTEE_WEALTH_LEADERS,
  HIGH_SCHOOL_MEMBERS,
  MEMBERS,
  MEMBERS_WITH_SKILLS,
  REPORT_EXACT,
  VILLAGE_HEAD_WEALTH_LEADERS,
} from './report-figures';
import { splitTotal } from './split';

export const YEAR = 2026;
/** The day the county is assessed: every recorded date lies on or before it. */
export const TODAY = '2026-12-01';

/** Talents admitted to the party, by the year of their 接收预备党员日期 (477 in all). */
export const ADMITTED_BY_YEAR = { 2023: 87, 2024: 100, 2025: 140, 2026: 150 } as const;
/** 入党申请人, 积极分子, 发展对象: applied since 1 January of last year, and before. */
const APPROACHING_RECENT = 1210;
const APPROACHING_OLDER = 1838;
const ADMITTED = Object.values(ADMITTED_BY_YEAR).reduce((a, b) => a + b, 0);
const MASSES = REPORT_EXACT.talentPool - ADMITTED - APPROACHING_RECENT - APPROACHING_OLDER;
const MENTEES_1P1 = 2950;
const CLASSES_TWO_YEARS = 64;
const CLASSES_BEFORE = 20;
const BASES = 212;

export interface TownshipPlan {
  index: number;
  name: string;
  admitted: Record<keyof typeof ADMITTED_BY_YEAR, number>;
  approachingRecent: number;
  approachingOlder: number;
  masses: number;
  /** Members who did not come from this township's talent pool. */
  otherMembers: number;
  young: number;
  highSchool: number;
  skilled: number;
  heads: number;
  committee: number;
  mentees2p1: number;
  /** Talents whose 2+1 pair was 已中止 this year and who got a new pair (two pairs, one mentee). */
  restarted2p1: number;
  /** Places in this year's 2+1 pairs taken by a member already mentoring another talent. */
  reuse2p1: number;
  mentees1p1: number;
  /** Members whose 1+1 pair ended this year and who went on with a new mentor the same day. */
  handOvers1p1: number;
  reuse1p1: number;
  classes: number;
  olderClasses: number;
  bases: number;
  annualTarget: number;
}

export function planTownships(random: Random): TownshipPlan[] {
  const weights = TOWNSHIP_NAMES.map((_, i) => (i === 0 ? 1.5 : 0.7 + random.float() * 0.6));
  const split = (total: number) => splitTotal(total, weights);
  const admitted = Object.fromEntries(
    Object.entries(ADMITTED_BY_YEAR).map(([year, n]) => [year, split(n)]),
  ) as Record<string, number[]>;
  const columns = {
    approachingRecent: split(APPROACHING_RECENT),
    approachingOlder: split(APPROACHING_OLDER),
    masses: split(MASSES),
    members: split(MEMBERS),
    young: split(REPORT_EXACT.membersUnder35),
    highSchool: split(HIGH_SCHOOL_MEMBERS),
    skilled: split(MEMBERS_WITH_SKILLS),
    heads: split(VILLAGE_HEAD_WEALTH_LEADERS),
    committee: split(COMMITTEE_WEALTH_LEADERS),
    mentees2p1: split(REPORT_EXACT.mentees2p1),
    mentees1p1: split(MENTEES_1P1),
    classes: split(CLASSES_TWO_YEARS),
    olderClasses: split(CLASSES_BEFORE),
    bases: split(BASES),
    annualTarget: split(REPORT_EXACT.annualTarget),
  };
  const plans = TOWNSHIP_NAMES.map((name, i): TownshipPlan => {
    const own = (key: keyof typeof ADMITTED_BY_YEAR) => admitted[key]![i]!;
    const admittedHere = { 2023: own(2023), 2024: own(2024), 2025: own(2025), 2026: own(2026) };
    const fromTalents = Object.values(admittedHere).reduce((a, b) => a + b, 0);
    return {
      index: i,
      name,
      admitted: admittedHere,
      approachingRecent: columns.approachingRecent[i]!,
      approachingOlder: columns.approachingOlder[i]!,
      masses: columns.masses[i]!,
      otherMembers: columns.members[i]! - fromTalents,
      young: columns.young[i]!,
      highSchool: columns.highSchool[i]!,
      skilled: columns.skilled[i]!,
      heads: columns.heads[i]!,
      committee: columns.committee[i]!,
      mentees2p1: columns.mentees2p1[i]!,
      restarted2p1: i % 3 === 1 ? 1 : 0,
      reuse2p1: 0,
      mentees1p1: columns.mentees1p1[i]!,
      handOvers1p1: i % 3 === 0 ? 2 : 1,
      reuse1p1: 0,
      classes: columns.classes[i]!,
      olderClasses: columns.olderClasses[i]!,
      bases: columns.bases[i]!,
      annualTarget: columns.annualTarget[i]!,
    };
  });
  // Distinct mentors = places − places taken by someone already mentoring, county-wide exactly the report's.
  const places2p1 = plans.reduce((n, p) => n + 2 * (p.mentees2p1 + p.restarted2p1), 0);
  const pairs1p1 = plans.reduce((n, p) => n + p.mentees1p1 + p.handOvers1p1, 0);
  const reuse2p1 = split(places2p1 - REPORT_EXACT.mentors2p1);
  const reuse1p1 = split(pairs1p1 - REPORT_EXACT.mentors1p1);
  return plans.map((p, i) => ({ ...p, reuse2p1: reuse2p1[i]!, reuse1p1: reuse1p1[i]! }));
}
