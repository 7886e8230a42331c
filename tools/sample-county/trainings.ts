// 培训记录: about sixty classes over two years, a hundred trainees each, most leaving with a practical skill;
// each teaches a course of the county menu, and seven in ten answer one of the township's 培训申报.
import { addDays, yearOf } from '../../functions/src/core/dates/civil-date';
import { apportion, dayBetween, earlier } from './calendar';
import type { GenerationContext } from './context';
import type { TownshipModel, Training } from './model';
import { classTitle, coursesIn } from './training-menu';
import { TRAINING_PLACES } from './vocabulary';

const CATEGORIES: readonly (readonly [Training['category'], number])[] = [
  ['农村实用技术', 35],
  ['党的知识', 20],
  ['宗旨教育', 10],
  ['农产品加工', 12],
  ['市场营销', 13],
  ['其他', 10],
];
const FORMS: readonly (readonly [Training['form'], number])[] = [
  ['集中办班', 50],
  ['现场观摩', 20],
  ['送教下乡', 15],
  ['经验交流', 10],
  ['结对帮带', 5],
];
/** Classes that teach a skill: most of their trainees master it. */
const SKILL_CATEGORIES = new Set(['农村实用技术', '农产品加工', '市场营销']);
const ORDINALS = '一二三四五六七八九十';
/** Share of classes held because a township asked for the course (对应申报编号). */
export const ANSWERED_SHARE = 0.7;

function makeTraining(
  ctx: GenerationContext,
  township: TownshipModel,
  titles: Set<string>,
  trainees: number,
  answersRequest: boolean,
): Training {
  const { random } = ctx;
  const startedOn = dayBetween(random, `${yearOf(ctx.asOf) - 1}-01-01`, ctx.asOf);
  const category = random.weighted(CATEGORIES);
  const course = random.pick(coursesIn(category));
  const base = classTitle(yearOf(startedOn), township.name, course.course);
  let title = base;
  for (let n = 2; titles.has(title); n++)
    title = base.replace(/培训班$/, `第${ORDINALS[n - 1] ?? n}期培训班`);
  titles.add(title);
  // A class the township asked for is the menu course as the county delivers it.
  const form = answersRequest ? course.form : random.weighted(FORMS);
  const share = (from: number, to: number) => Math.round(trainees * (from + random.float() * (to - from)));
  return {
    startedOn,
    endedOn: random.chance(0.15) ? null : earlier(addDays(startedOn, random.int(0, 5)), ctx.asOf),
    title,
    category,
    form,
    location: form === '送教下乡' ? random.pick(township.villages) : random.pick(TRAINING_PLACES),
    hours: answersRequest ? course.hours : form === '集中办班' ? random.int(16, 40) : random.int(4, 12),
    trainees,
    memberTrainees: share(0.3, 0.6),
    talentTrainees: share(0.2, 0.5),
    skilledTrainees: SKILL_CATEGORIES.has(category) ? share(0.85, 1) : share(0.7, 0.85),
    course: course.course,
    answersRequest,
    requestNo: null,
  };
}

/** `counts[i]` classes for township i; `trainees` in all, about a hundred a class. */
export function generateTrainings(
  ctx: GenerationContext,
  townships: TownshipModel[],
  counts: readonly number[],
  trainees: number,
) {
  const classes = counts.reduce((a, b) => a + b, 0);
  const sizes = apportion(
    trainees,
    Array.from({ length: classes }, () => ctx.random.int(45, 145)),
  );
  const answering = ctx.random.indices(classes, Math.round(classes * ANSWERED_SHARE));
  let next = 0;
  townships.forEach((township, t) => {
    const titles = new Set<string>();
    for (let i = 0; i < counts[t]!; i++, next++) {
      township.trainings.push(makeTraining(ctx, township, titles, sizes[next]!, answering.has(next)));
    }
    township.trainings.sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0));
  });
}
