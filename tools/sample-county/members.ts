// 农民党员: the talents admitted into the party plus the county's other rural members, calibrated on the report.
import { addDays, addYears, ageOn, type CivilDate } from '../../functions/src/core/dates/civil-date';
import { HIGH_SCHOOL_OR_ABOVE } from '../../functions/src/core/ledgers';
import { earlier, later } from './calendar';
import { ageFrom, type GenerationContext } from './context';
import type { Member, Talent, TownshipModel } from './model';
import { birthForAge, makePerson } from './people';
import { REPORT } from './sample-county';
import { PRACTICAL_SKILLS } from './vocabulary';

const OLDER = [
  [35, 44, 22],
  [45, 54, 28],
  [55, 64, 28],
  [65, 75, 22],
] as const;
const HIGH = [
  ['高中', 50],
  ['中专', 25],
  ['大专', 15],
  ['本科', 9],
  ['研究生', 1],
] as const;
const LOW = [
  ['小学及以下', 35],
  ['初中', 65],
] as const;
const HEADS = [
  ['书记', 35],
  ['主任', 20],
  ['书记兼主任', 45],
] as const;

/** Who a member is, before the county-wide quotas (age, schooling, skills, posts) are applied. */
interface Draft {
  township: TownshipModel;
  young: boolean;
  highSchool: boolean;
  skills: number;
}

const categoryOn = (joinedOn: CivilDate, today: CivilDate): Member['category'] =>
  today < addYears(joinedOn, 1) ? '预备党员' : '正式党员';

function fromTalent(talent: Talent, ctx: GenerationContext): Member {
  const joinedOn = talent.path.probationaryOn!;
  return {
    ...talent,
    joinedOn,
    category: talent.status === '正式党员' ? '正式党员' : categoryOn(joinedOn, ctx.today),
    skills: [talent.description],
    post: null,
    wealthLeader: talent.isTop,
    households: talent.households,
    fromTalent: true,
  };
}

function fromDraft(ctx: GenerationContext, draft: Draft): Member {
  const { random } = ctx;
  const age = draft.young ? random.int(20, 34) : ageFrom(random, OLDER);
  const birth = birthForAge(random, ctx.today, age);
  const where = { township: draft.township.index, village: random.pick(draft.township.villages) };
  const person = makePerson(random, ctx.ids, where, birth, random.chance(0.72) ? '男' : '女');
  const joinAge = random.int(18, Math.max(18, Math.min(ageOn(birth, ctx.asOf), 50)));
  const joined = addDays(addYears(birth, joinAge), random.int(0, 364));
  const joinedOn = later(earlier(joined, ctx.asOf), addYears(birth, 18));
  const skills = draft.skills ? random.shuffle(PRACTICAL_SKILLS).slice(0, draft.skills) : [];
  const wealthLeader = random.weighted([
    [true, 15],
    [false, 70],
    [null, 15],
  ] as const);
  return {
    ...person,
    education: random.weighted(draft.highSchool ? HIGH : LOW),
    joinedOn,
    category: categoryOn(joinedOn, ctx.today),
    skills,
    post: random.chance(0.75) ? '无' : null,
    wealthLeader,
    households: wealthLeader ? random.int(3, 40) : random.chance(0.1) ? random.int(1, 5) : null,
    fromTalent: false,
  };
}

/** The county-wide quotas left for members not from the talent pool, after the admitted talents count. */
function drafts(
  ctx: GenerationContext,
  townships: TownshipModel[],
  counts: readonly number[],
  admitted: Member[],
) {
  const total = counts.reduce((a, b) => a + b, 0);
  const list: Draft[] = townships.flatMap((township, t) => {
    const own = admitted.filter((m) => m.township === t).length;
    return Array.from({ length: Math.max(0, counts[t]! - own) }, () => ({
      township,
      young: false,
      highSchool: false,
      skills: 0,
    }));
  });
  const count = (test: (m: Member) => boolean) => admitted.filter(test).length;
  const quota = (share: number, already: number) => Math.max(0, Math.round(total * share) - already);
  const { random } = ctx;
  const young = quota(
    REPORT.under35Share,
    count((m) => ageOn(m.birth, ctx.today) < 35),
  );
  const high = quota(
    REPORT.highSchoolShare,
    count((m) => HIGH_SCHOOL_OR_ABOVE.includes(m.education)),
  );
  const skilled = quota(REPORT.skilledShare, admitted.length);
  for (const i of random.indices(list.length, young)) list[i]!.young = true;
  for (const i of random.indices(list.length, high)) list[i]!.highSchool = true;
  for (const i of random.indices(list.length, skilled)) list[i]!.skills = random.chance(0.4) ? 2 : 1;
  return list;
}

/** Gives village posts to full members aged 25+: the report's 210 in village committees, 63 heads. */
function assignPosts(ctx: GenerationContext, members: Member[], scale: number) {
  const eligible = members.filter(
    (m) => !m.fromTalent && m.category === '正式党员' && ageOn(m.birth, ctx.today) >= 25,
  );
  const posts = Math.round(REPORT.villagePosts * scale);
  const heads = Math.round(REPORT.villageHeads * scale);
  ctx.random
    .shuffle(eligible)
    .slice(0, posts)
    .forEach((member, i) => {
      member.post = i < heads ? ctx.random.weighted(HEADS) : '委员';
    });
}

/** Fills each township's members: its admitted talents first, then `counts[i]` members in all. */
export function generateMembers(
  ctx: GenerationContext,
  townships: TownshipModel[],
  counts: readonly number[],
  scale: number,
) {
  const admitted = townships.flatMap((t) =>
    t.talents.filter((talent) => talent.path.probationaryOn).map((talent) => fromTalent(talent, ctx)),
  );
  for (const member of admitted) townships[member.township]!.members.push(member);
  for (const draft of drafts(ctx, townships, counts, admitted))
    draft.township.members.push(fromDraft(ctx, draft));
  assignPosts(
    ctx,
    townships.flatMap((t) => t.members),
    scale,
  );
}
