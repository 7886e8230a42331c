// 三联: each county standing-committee member liaises with one township (and a village and an enterprise in it)
// and visits it several times a year; one liaison township and those without a leader lack a recent visit.
import { NO_VISIT_DAYS } from '../../functions/src/core/assessment';
import { addDays, type CivilDate, daysBetween, yearOf } from '../../functions/src/core/dates/civil-date';
import { dayBetween } from './calendar';
import type { GenerationContext } from './context';
import type { LiaisonPoint, SupervisionVisit, TownshipModel } from './model';
import { personName } from './person-names';
import type { Random } from './random';
import { visitNote } from './visit-notes';
import { BASE_KINDS } from './vocabulary';

/** 县委常委 in order of precedence; a smaller county has fewer (eleven for fifteen townships). */
const POSTS = [
  '县委书记',
  '县长',
  '县委副书记',
  '常务副县长',
  '组织部部长',
  '宣传部部长',
  '纪委书记',
  '政法委书记',
  '统战部部长',
  '县委办主任',
  '人武部部长',
];
const ENTERPRISES = ['专业合作社', '农业开发有限公司', '食品有限公司', '生态农业有限公司'];

const leaderCountFor = (townships: number): number =>
  Math.min(POSTS.length, Math.max(3, Math.round((POSTS.length * townships) / 15)));

function uniqueName(random: Random, taken: Set<string>): string {
  for (;;) {
    const name = personName(random, random.chance(0.8) ? '男' : '女');
    if (name.length === 3 && !taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** One 联系点 per leader, each in a different township. */
export function liaisonPoints(ctx: GenerationContext, townships: readonly TownshipModel[]): LiaisonPoint[] {
  const { random } = ctx;
  const count = leaderCountFor(townships.length);
  const chosen = random.shuffle(townships).slice(0, count);
  const names = new Set<string>();
  return chosen.map((township, i) => ({
    leader: uniqueName(random, names),
    post: POSTS[i]!,
    township: township.name,
    village: random.pick(township.villages.slice(1)),
    enterprise: `${township.name.slice(0, 2)}${random.pick(BASE_KINDS).product}${random.pick(ENTERPRISES)}`,
  }));
}

/** `count` distinct days: the last in [lastFrom, lastTo], the others between `from` and it. */
function days(random: Random, from: CivilDate, lastFrom: CivilDate, lastTo: CivilDate, count: number) {
  const last = dayBetween(random, lastFrom < from ? from : lastFrom, lastTo);
  const out = new Set([last]);
  const wanted = Math.min(count, daysBetween(from, last) + 1);
  while (out.size < wanted) out.add(dayBetween(random, from, addDays(last, -1)));
  return [...out];
}

/**
 * 督办记录 since 1 January of last year: four to eight visits a year to the liaison township, now and then
 * one elsewhere. `lax` townships (one liaison township and those without a leader) had none in 90 days.
 */
export function supervisionVisits(
  ctx: GenerationContext,
  points: readonly LiaisonPoint[],
  townships: readonly TownshipModel[],
): SupervisionVisit[] {
  const { random, asOf } = ctx;
  const from = `${yearOf(asOf) - 1}-01-01`;
  const years = (daysBetween(from, asOf) + 1) / 365;
  const covered = new Set(points.map((p) => p.township));
  const lax = [random.pick(points).township, ...townships.map((t) => t.name).filter((t) => !covered.has(t))];
  const lastDay = (township: string) => (lax.includes(township) ? addDays(asOf, -NO_VISIT_DAYS - 1) : asOf);
  const visits: SupervisionVisit[] = [];
  const visit = (leader: string, township: string, visitedOn: CivilDate) =>
    visits.push({ leader, township, visitedOn, ...visitNote(random, visitedOn, asOf) });
  for (const point of points) {
    const own = lastDay(point.township);
    const count = Math.max(1, Math.round(random.int(4, 8) * years));
    const recent = own === asOf ? addDays(asOf, 1 - NO_VISIT_DAYS) : addDays(own, -120);
    for (const day of days(random, from, recent, own, count)) visit(point.leader, point.township, day);
    const elsewhere = townships.filter((t) => t.name !== point.township);
    for (let i = Math.round(random.int(0, 2) * years); i > 0 && elsewhere.length; i--) {
      const township = random.pick(elsewhere).name;
      const day = dayBetween(random, from, lastDay(township));
      if (!visits.some((v) => v.leader === point.leader && v.visitedOn === day))
        visit(point.leader, township, day);
    }
  }
  return visits.sort((a, b) => (a.visitedOn < b.visitedOn ? -1 : a.visitedOn > b.visitedOn ? 1 : 0));
}
