// 乡土人才 of one township: talents admitted to the party over four years, applicants, activists, candidates.
import { mobilePhone } from '../sample-county/people';
import { SPECIALTIES } from '../sample-county/vocabulary';
import { addDays, addYears, type Day, dayBetween } from './dates';
import type { Talent, TalentStatus } from './model';
import { birthForAge, ethnicity, type Makers, makePerson } from './people';
import { TODAY, type TownshipPlan } from './plan';

type Path = Pick<Talent, 'appliedOn' | 'activistOn' | 'candidateOn' | 'probationaryOn' | 'fullMemberOn'>;
const NO_PATH: Path = {
  appliedOn: null,
  activistOn: null,
  candidateOn: null,
  probationaryOn: null,
  fullMemberOn: null,
};

function talent(
  m: Makers,
  villages: readonly string[],
  birth: Day,
  status: TalentStatus,
  path: Path,
): Talent {
  const { random } = m;
  const category = random.weighted([
    ['农', 30],
    ['林', 10],
    ['牧', 18],
    ['副', 8],
    ['渔', 8],
    ['工', 8],
    ['商', 8],
    ['建', 5],
    ['运', 3],
    ['服', 2],
  ] as const);
  return {
    ...makePerson(m, villages, birth, random.chance(0.38)),
    ethnicity: ethnicity(random),
    phone: random.chance(0.8) ? mobilePhone(random) : null,
    category,
    description: random.pick(SPECIALTIES[category]!),
    isTop: false,
    registeredOn: dayBetween(random, '2018-01-02', '2026-11-28'),
    status,
    ...path,
    households: random.chance(0.5) ? random.int(0, 40) : null,
  };
}

/** Admitted in `year`: applied, activist a year and more before candidate, then 预备, 转正 a year after. */
function admitted(m: Makers, villages: readonly string[], year: number): Talent {
  const { random } = m;
  const probationaryOn = dayBetween(random, `${year}-01-05`, year === 2026 ? '2026-11-20' : `${year}-12-20`);
  const candidateOn = addDays(probationaryOn, -random.int(40, 200));
  const activistOn = addDays(addYears(candidateOn, -1), -random.int(1, 300));
  const appliedOn = addDays(activistOn, -random.int(30, 400));
  const due = addYears(probationaryOn, 1);
  const fullMemberOn = due <= TODAY ? due : null;
  const birth = birthForAge(random, probationaryOn, random.int(22, 45));
  const path = { appliedOn, activistOn, candidateOn, probationaryOn, fullMemberOn };
  return talent(m, villages, birth, fullMemberOn ? '正式党员' : '预备党员', path);
}

/** On the way: applied in [from, to]; some went on to activist, some (a year later) to candidate. */
function approaching(m: Makers, villages: readonly string[], from: Day, to: Day): Talent {
  const { random } = m;
  const appliedOn = dayBetween(random, from, to);
  const birth = addDays(addYears(appliedOn, -random.int(18, 50)), -random.int(1, 364));
  const activistOn = random.chance(0.6) ? addDays(appliedOn, random.int(30, 300)) : null;
  if (!activistOn || activistOn > TODAY)
    return talent(m, villages, birth, '入党申请人', { ...NO_PATH, appliedOn });
  const candidateOn = random.chance(0.4) ? addDays(addYears(activistOn, 1), random.int(0, 200)) : null;
  if (!candidateOn || candidateOn > TODAY) {
    return talent(m, villages, birth, '入党积极分子', { ...NO_PATH, appliedOn, activistOn });
  }
  return talent(m, villages, birth, '发展对象', { ...NO_PATH, appliedOn, activistOn, candidateOn });
}

export function makeTalents(m: Makers, plan: TownshipPlan, villages: readonly string[]): Talent[] {
  const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
  return [
    ...([2023, 2024, 2025, 2026] as const).flatMap((y) =>
      times(plan.admitted[y], () => admitted(m, villages, y)),
    ),
    ...times(plan.approachingRecent, () => approaching(m, villages, '2025-01-01', '2026-11-25')),
    ...times(plan.approachingOlder, () => approaching(m, villages, '2016-03-01', '2024-12-31')),
    ...times(plan.masses, () =>
      talent(m, villages, birthForAge(m.random, TODAY, m.random.int(20, 65)), '群众', NO_PATH),
    ),
  ];
}
