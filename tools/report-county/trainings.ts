// 培训记录 of one township: classes of the last two years (and the year before, which count only last year).
import type { Random } from '../sample-county/random';
import { PRACTICAL_SKILLS, TRAINING_PLACES } from '../sample-county/vocabulary';
import { addDays, type Day, dayBetween, earliest } from './dates';
import type { Training } from './model';
import { TODAY, type TownshipPlan } from './plan';

const CATEGORIES: readonly (readonly [string, number])[] = [
  ['农村实用技术', 45],
  ['农产品加工', 15],
  ['市场营销', 12],
  ['党的知识', 20],
  ['宗旨教育', 8],
];
const PRACTICAL = new Set(['农村实用技术', '农产品加工', '市场营销']);

function training(random: Random, from: Day, to: Day, serial: number): Training {
  const category = random.weighted(CATEGORIES);
  const practical = PRACTICAL.has(category);
  const startedOn = dayBetween(random, from, to);
  const trainees = practical ? random.int(90, 190) : random.int(40, 120);
  const subject = practical
    ? random.pick(PRACTICAL_SKILLS)
    : category === '党的知识'
      ? '党的基本知识'
      : '党员宗旨教育';
  return {
    startedOn,
    endedOn: random.chance(0.6) ? earliest(addDays(startedOn, random.int(0, 4)), TODAY) : null,
    title: `${subject}培训班（第${serial}期）`,
    category,
    form: random.pick(practical ? ['集中办班', '现场观摩', '送教下乡'] : ['集中办班', '经验交流']),
    location: random.pick(TRAINING_PLACES),
    hours: random.int(4, 40),
    trainees,
    memberTrainees: Math.round(trainees * (0.3 + random.float() * 0.3)),
    talentTrainees: Math.round(trainees * (0.3 + random.float() * 0.3)),
    skilledTrainees: practical ? Math.round(trainees * (0.75 + random.float() * 0.2)) : null,
  };
}

export function makeTrainings(random: Random, plan: TownshipPlan): Training[] {
  const older = Array.from({ length: plan.olderClasses }, () =>
    training(random, '2024-01-05', '2024-12-20', 0),
  );
  const recent = Array.from({ length: plan.classes }, () => training(random, '2025-01-05', '2026-11-25', 0));
  const all = [...older, ...recent].sort((a, b) => (a.startedOn < b.startedOn ? -1 : 1));
  return all.map((t, i) => ({ ...t, title: t.title.replace('第0期', `第${i + 1}期`) }));
}

/**
 * Moves the county's 掌握实用技术人数 of the last two years into [low, high] (the report's “5000多”), one class at
 * a time and never above its 参训人数: the classes stay as a clerk would record them.
 */
export function keepSkilledWithin(random: Random, classes: Training[], low: number, high: number): void {
  const practical = classes.filter((c) => c.skilledTrainees !== null);
  const total = () => practical.reduce((n, c) => n + c.skilledTrainees!, 0);
  while (total() < low) {
    const c = random.pick(practical.filter((x) => x.skilledTrainees! < x.trainees));
    c.skilledTrainees! += 1;
  }
  while (total() > high) {
    const c = random.pick(practical.filter((x) => x.skilledTrainees! > 0));
    c.skilledTrainees! -= 1;
  }
}
