// Builds the report county: fifteen townships whose people, pairs, classes and bases give the report's figures,
// the rows with planted mistakes, and the expected figures counted from what was made.

import { villageStems, villagesFor } from '../sample-county/place-names';
import { Random } from '../sample-county/random';
import { keepHouseholdsWithin, makeBases } from './bases';
import { type ExpectedFigure, expectedFigures } from './expected-figures';
import { IdBook } from './id-numbers';
import { makeMembers } from './members';
import { MISTAKE_KINDS, type PlantedRow, plantMistake } from './mistakes';
import type { Township } from './model';
import { makePairsOnePlusOne } from './pairs-one-plus-one';
import { makePairsTwoPlusOne } from './pairs-two-plus-one';
import { planTownships, TODAY, YEAR } from './plan';
import { assignPosts } from './posts';
import { makeTalents } from './talents';
import { keepSkilledWithin, makeTrainings } from './trainings';

export const REPORT_COUNTY_NAME = '报告县';

export interface ReportTownship extends Township {
  /** Rows with a planted mistake, written after the valid rows of their tab. */
  planted: PlantedRow[];
}

export interface ReportCounty {
  name: string;
  year: number;
  today: string;
  townships: ReportTownship[];
  /** Every 全县统计 figure, this year and last, counted from the valid rows the generator made. */
  expected: Record<string, ExpectedFigure>;
  /** Rows the county must refuse (every planted mistake is one row). */
  refusedRows: number;
}

const SCORES = [95, 92, 90, 88, 87, 86, 85, 84, 83, 82, 81, 80, 78, 76, 74];

export function generateReportCounty(seed = 4702): ReportCounty {
  const random = new Random(seed);
  const makers = { random: random.fork('people'), ids: new IdBook(random.fork('ids')) };
  const stems = random.shuffle(villageStems());
  const baseNames = new Set<string>();
  const townships = planTownships(random.fork('plan')).map((plan): ReportTownship => {
    const r = random.fork(plan.name);
    const m = { ...makers, random: r };
    const villages = villagesFor(plan.index, 12 + r.int(0, 6), stems);
    const talents = makeTalents(m, plan, villages);
    const members = makeMembers(m, plan, villages, talents);
    assignPosts(r, plan, villages, members);
    const two = makePairsTwoPlusOne(m, plan, talents, members);
    const mentees2p1 = new Set(two.pairs.map((p) => p.mentee));
    const one = makePairsOnePlusOne(m, plan, talents, members, mentees2p1);
    const trainings = makeTrainings(r, plan);
    const bases = makeBases(r, plan, { members, talents }, baseNames);
    const busy = new Set(two.pairs.flatMap((p) => [p.mentorOne, p.mentorTwo]));
    const idleMentors = members.filter((x) => x.category === '正式党员' && !busy.has(x.id)).map((x) => x.id);
    const kinds = [0, 3, 6].map((k) => MISTAKE_KINDS[(plan.index + k) % MISTAKE_KINDS.length]!);
    const sources = {
      villages,
      idleMentors,
      spareTalent: two.spare[0]!,
      training: trainings[0]!,
      base: bases[0]!,
    };
    return {
      name: plan.name,
      annualTarget: plan.annualTarget,
      qualitativeScore: SCORES[plan.index]!,
      villages,
      talents,
      members,
      pairs: [...two.pairs, ...one.pairs],
      trainings,
      bases,
      planted: kinds.map((kind) => plantMistake(m, kind, sources)),
    };
  });
  const recent = townships.flatMap((t) => t.trainings).filter((c) => c.startedOn >= `${YEAR - 1}-01-01`);
  keepSkilledWithin(random.fork('skills'), recent, 5100, 5900);
  keepHouseholdsWithin(
    random.fork('households'),
    townships.flatMap((t) => t.bases),
    5100,
    5900,
  );
  return {
    name: REPORT_COUNTY_NAME,
    year: YEAR,
    today: TODAY,
    townships,
    expected: expectedFigures(townships, YEAR, TODAY),
    refusedRows: townships.reduce((n, t) => n + t.planted.length, 0),
  };
}
