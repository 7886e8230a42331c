// 农民党员 of one township: the talents admitted from its pool, and the other members, with exactly the planned
// numbers aged 35 or under, with 高中或中专以上, and with a practical skill.
import type { Random } from '../sample-county/random';
import { PRACTICAL_SKILLS } from '../sample-county/vocabulary';
import { addDays, addYears, ageOn, type Day, dayBetween, latest } from './dates';
import { isHighSchoolOrAbove } from './education';
import type { Member, Talent } from './model';
import { birthForAge, type Makers, makePerson, typedEducation } from './people';
import { TODAY, type TownshipPlan } from './plan';

const categoryOf = (joinedOn: Day): Member['category'] =>
  addYears(joinedOn, 1) <= TODAY ? '正式党员' : '预备党员';

type Extras = Pick<Member, 'skillOne' | 'skillTwo' | 'wealthLeader' | 'post' | 'households' | 'fromTalent'>;

function blankMember(random: Random): Extras {
  return {
    skillOne: null,
    skillTwo: null,
    wealthLeader: null,
    post: random.chance(0.7) ? '无' : null,
    households: random.chance(0.4) ? random.int(0, 30) : null,
    fromTalent: false,
  };
}

/** The admitted talent as the 农民党员 tab holds them: the same person, 入党日期 their 接收预备党员日期. */
function fromTalent(random: Random, t: Talent): Member {
  const joinedOn = t.probationaryOn!;
  return {
    id: t.id,
    name: t.name,
    sex: t.sex,
    birth: t.birth,
    village: t.village,
    education: t.education,
    joinedOn,
    category: t.fullMemberOn ? '正式党员' : '预备党员',
    ...blankMember(random),
    fromTalent: true,
  };
}

/**
 * The i-th of the others: young (35 or under on TODAY) or not. The first two of each side sit on the edge —
 * 35 until tomorrow (born 1990-12-02), 36 today (born 1990-12-01) — so the 35岁及以下 definition is tested.
 */
function other(m: Makers, villages: readonly string[], young: boolean, edge: boolean): Member {
  const { random } = m;
  const birth = edge
    ? addDays(addYears(TODAY, -36), young ? 1 : 0)
    : birthForAge(
        random,
        TODAY,
        young
          ? random.weighted([
              [random.int(19, 27), 3],
              [random.int(28, 35), 7],
            ])
          : random.int(36, 85),
      );
  const earliestJoin = latest(addDays(addYears(birth, 18), 30), '1972-01-01');
  const joinedOn = dayBetween(random, earliestJoin, '2026-11-25');
  return {
    ...makePerson(m, villages, birth, false),
    joinedOn,
    category: categoryOf(joinedOn),
    ...blankMember(random),
  };
}

export function makeMembers(
  m: Makers,
  plan: TownshipPlan,
  villages: readonly string[],
  talents: Talent[],
): Member[] {
  const { random } = m;
  const admitted = talents.filter((t) => t.probationaryOn).map((t) => fromTalent(random, t));
  const youngAdmitted = admitted.filter((a) => ageOn(a.birth, TODAY) <= 35).length;
  const young = random.indices(plan.otherMembers, plan.young - youngAdmitted);
  const order = [...young];
  const old = Array.from({ length: plan.otherMembers }, (_, i) => i).filter((i) => !young.has(i));
  const edges = new Set([...order.slice(0, 2), ...old.slice(0, 2)]);
  const others = Array.from({ length: plan.otherMembers }, (_, i) =>
    other(m, villages, young.has(i), edges.has(i)),
  );
  // 文化程度: exactly the planned number at 高中或中专以上 (the admitted talents keep what their row says).
  const schooled = admitted.filter((a) => isHighSchoolOrAbove(a.education)).length;
  const highSchool = random.indices(others.length, plan.highSchool - schooled);
  others.forEach((o, i) => {
    o.education = typedEducation(random, highSchool.has(i));
  });
  const members = [...admitted, ...others];
  const skilled = [...random.indices(members.length, plan.skilled)];
  skilled.forEach((index, k) => {
    const member = members[index]!;
    const skill = random.pick(PRACTICAL_SKILLS);
    // A clerk who filled 实用技术二 only (a warning, the skill still counts).
    if (k === 0) member.skillTwo = skill;
    else member.skillOne = skill;
    if (k > 0 && random.chance(0.35))
      member.skillTwo = random.pick(PRACTICAL_SKILLS.filter((s) => s !== skill));
  });
  return members;
}
