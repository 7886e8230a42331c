// 乡土人才: the talent pool, each talent somewhere on the way into the party.
import { addDays, addYears } from '../../functions/src/core/dates/civil-date';
import type { PoliticalStatus } from '../../functions/src/core/ledgers';
import { ageFrom, type GenerationContext } from './context';
import type { Talent, TownshipModel } from './model';
import { partyPath, registrationDay } from './party-path';
import { birthForAge, makePerson, mobilePhone } from './people';
import { ETHNIC_GROUPS } from './person-names';
import { REPORT } from './sample-county';
import { SPECIALTIES } from './vocabulary';

/** 政治面貌 of the report's 4,702 talents; 477 admitted (预备 + 正式), the rest 群众. */
const STATUS_COUNTS: readonly (readonly [PoliticalStatus, number])[] = [
  ['正式党员', 270],
  ['预备党员', 207],
  ['发展对象', 260],
  ['入党积极分子', 520],
  ['入党申请人', 560],
];
const AGES = [
  [18, 24, 6],
  [25, 34, 26],
  [35, 44, 28],
  [45, 54, 25],
  [55, 64, 12],
  [65, 75, 3],
] as const;
const EDUCATION = [
  ['小学及以下', 6],
  ['初中', 40],
  ['高中', 26],
  ['中专', 12],
  ['大专', 10],
  ['本科', 6],
] as const;
const CATEGORIES = [
  ['农', 30],
  ['林', 8],
  ['牧', 18],
  ['副', 8],
  ['渔', 6],
  ['工', 8],
  ['商', 8],
  ['建', 6],
  ['运', 4],
  ['服', 4],
] as const;

function statusesFor(ctx: GenerationContext, total: number): PoliticalStatus[] {
  const out: PoliticalStatus[] = [];
  for (const [status, count] of STATUS_COUNTS) {
    const n = Math.round((count * total) / REPORT.talents);
    for (let i = 0; i < n && out.length < total; i++) out.push(status);
  }
  while (out.length < total) out.push('群众');
  return ctx.random.shuffle(out);
}

function makeTalent(
  ctx: GenerationContext,
  township: TownshipModel,
  status: PoliticalStatus,
  isTop: boolean,
) {
  const { random } = ctx;
  const path = partyPath(random, status, ctx.asOf);
  let birth = birthForAge(random, ctx.today, ageFrom(random, AGES));
  if (path.appliedOn && addYears(birth, 18) > path.appliedOn) {
    birth = addDays(addYears(path.appliedOn, -18 - random.int(0, 12)), -random.int(1, 300));
  }
  const person = makePerson(
    random,
    ctx.ids,
    { township: township.index, village: random.pick(township.villages) },
    birth,
  );
  const category = random.weighted(CATEGORIES);
  const talent: Talent = {
    ...person,
    ethnicity: random.weighted(ETHNIC_GROUPS),
    education: random.weighted(EDUCATION),
    phone: random.chance(0.85) ? mobilePhone(random) : null,
    category,
    description: random.pick(SPECIALTIES[category]!),
    isTop,
    registeredOn: registrationDay(random, path, ctx.start, ctx.asOf),
    status,
    path,
    households: isTop ? random.int(5, 60) : random.chance(0.4) ? random.int(0, 10) : null,
  };
  return talent;
}

/** Fills each township's talents; `counts[i]` talents for township i. */
export function generateTalents(
  ctx: GenerationContext,
  townships: TownshipModel[],
  counts: readonly number[],
) {
  const total = counts.reduce((a, b) => a + b, 0);
  const statuses = statusesFor(ctx, total);
  const top = ctx.random.indices(total, Math.round(total * REPORT.topTalentShare));
  let next = 0;
  townships.forEach((township, t) => {
    for (let i = 0; i < counts[t]!; i++, next++) {
      township.talents.push(makeTalent(ctx, township, statuses[next]!, top.has(next)));
    }
  });
}
