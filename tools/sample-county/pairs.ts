// 帮带结对: "2+1" (two full members mentor a talent not yet in the party) and "1+1" (a top talent mentors a member).
import { addDays, addYears, type CivilDate, daysBetween } from '../../functions/src/core/dates/civil-date';
import { dayBetween, later } from './calendar';
import type { GenerationContext } from './context';
import type { Member, Pair, Talent, TownshipModel } from './model';
import { MENTORING_PROJECTS, POLITICAL_MENTORING } from './vocabulary';

/**
 * When an ended pair ended, without drawing from the random stream (so the rest of the county stays as it was):
 * a finished one on its planned end (or today, if that is later), a stopped one halfway to today or its plan.
 */
function endedOn(
  status: Pair['status'],
  startedOn: CivilDate,
  plannedEndOn: CivilDate | null,
  asOf: CivilDate,
) {
  if (status === '进行中') return null;
  const last = plannedEndOn && plannedEndOn < asOf ? plannedEndOn : asOf;
  if (status === '已完成') return last;
  return addDays(startedOn, Math.floor(daysBetween(startedOn, last) / 2));
}

/** Talents closer to joining are more likely to be mentored (the priority plus a random jitter). */
const MENTEE_PRIORITY: Readonly<Record<string, number>> = {
  发展对象: 0,
  入党积极分子: 1,
  入党申请人: 2,
  群众: 3,
};
const OUTCOMES: Readonly<Record<string, string>> = {
  发展对象: '已列为发展对象',
  入党积极分子: '已确定为入党积极分子',
  入党申请人: '已递交入党申请书',
  群众: '思想认识明显提高',
};

/** A 2+1 pair: 已完成 ones started two years or more ago, running ones less than two years ago. */
function twoPlusOne(ctx: GenerationContext, mentee: Talent, mentors: [string, string]): Pair {
  const { random, asOf, start } = ctx;
  const twoYearsAgo = addYears(asOf, -2);
  const canHaveEnded = mentee.registeredOn <= twoYearsAgo;
  const status = random.weighted([
    ['已完成', canHaveEnded ? 10 : 0],
    ['已中止', 3],
    ['进行中', 87],
  ] as const);
  const from = later(mentee.registeredOn, status === '进行中' ? addDays(twoYearsAgo, 30) : start);
  const startedOn = dayBetween(random, from, status === '已完成' ? twoYearsAgo : asOf);
  const project = random.chance(0.4) ? random.pick(POLITICAL_MENTORING) : null;
  const plannedEndOn = status === '进行中' && random.chance(0.1) ? null : addYears(startedOn, 2);
  return {
    type: '2+1',
    mentorOne: mentors[0],
    mentorTwo: mentors[1],
    mentee: mentee.idNumber,
    project,
    startedOn,
    plannedEndOn,
    status,
    endedOn: endedOn(status, startedOn, plannedEndOn, asOf),
    duties: null,
    outcome:
      status === '已完成' ? OUTCOMES[mentee.status]! : status === '已中止' ? '外出务工，帮带中止' : null,
  };
}

function onePlusOne(ctx: GenerationContext, mentor: Talent, mentee: Member): Pair {
  const { random, asOf, start } = ctx;
  const status = random.weighted([
    ['进行中', 80],
    ['已完成', 17],
    ['已中止', 3],
  ] as const);
  const yearAgo = addYears(asOf, -1);
  const startedOn: CivilDate =
    status === '进行中'
      ? dayBetween(random, addDays(addYears(asOf, -2), 1), asOf)
      : dayBetween(random, start, status === '已完成' ? yearAgo : asOf);
  const project = random.pick(MENTORING_PROJECTS);
  const plannedEndOn =
    status === '进行中' ? (random.chance(0.6) ? addYears(startedOn, 2) : null) : addYears(startedOn, 1);
  return {
    type: '1+1',
    mentorOne: mentor.idNumber,
    mentorTwo: null,
    mentee: mentee.idNumber,
    project,
    startedOn,
    plannedEndOn,
    status,
    endedOn: endedOn(status, startedOn, plannedEndOn, asOf),
    duties: null,
    outcome: status === '已完成' ? `已掌握${project}` : null,
  };
}

/** 2+1 pairs of one township; one mentor in twenty comes from the next township. */
export function pairTwoPlusOne(
  ctx: GenerationContext,
  townships: TownshipModel[],
  counts: readonly number[],
) {
  const pools = townships.map((t) => ctx.random.shuffle(t.members.filter((m) => m.category === '正式党员')));
  const take = (t: number) => pools[t]!.pop()?.idNumber ?? null;
  townships.forEach((township, t) => {
    const mentees = township.talents
      .filter((talent) => !talent.path.probationaryOn)
      .map((talent) => ({ talent, rank: MENTEE_PRIORITY[talent.status]! + ctx.random.float() * 3 }))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, counts[t])
      .map((m) => m.talent);
    for (const mentee of mentees) {
      const neighbour = (t + 1) % townships.length;
      const one = take(t);
      const two = ctx.random.chance(0.05) ? (take(neighbour) ?? take(t)) : take(t);
      if (!one || !two) break;
      township.pairs.push(twoPlusOne(ctx, mentee, [one, two]));
    }
  });
}

/** 1+1 pairs of one township: its top talents take turns mentoring its members. */
export function pairOnePlusOne(
  ctx: GenerationContext,
  townships: TownshipModel[],
  counts: readonly number[],
) {
  townships.forEach((township, t) => {
    const mentors = ctx.random.shuffle(township.talents.filter((talent) => talent.isTop));
    const mentorIds = new Set(mentors.map((m) => m.idNumber));
    const mentees = ctx.random.shuffle(township.members.filter((m) => !mentorIds.has(m.idNumber)));
    const n = mentors.length ? Math.min(counts[t]!, mentees.length) : 0;
    for (let i = 0; i < n; i++)
      township.pairs.push(onePlusOne(ctx, mentors[i % mentors.length]!, mentees[i]!));
  });
}
