// “1+1” pairs of one township: a 拔尖人才 passes a skill (帮带项目) to a member — with or without a planned end,
// finished this year, handed over to a new mentor — with exactly the planned mentees and distinct mentors.
import { MENTORING_PROJECTS } from '../sample-county/vocabulary';
import { addYears, type Day, dayBetween } from './dates';
import { MentorPool } from './mentors';
import type { Member, Pair, Talent } from './model';
import type { Makers } from './people';
import type { TownshipPlan } from './plan';

type Draft = Omit<Pair, 'mentorOne'>;

export function makePairsOnePlusOne(
  { random }: Makers,
  plan: TownshipPlan,
  talents: Talent[],
  members: Member[],
  mentees2p1: ReadonlySet<string>,
) {
  const draft = (
    m: Member,
    startedOn: Day,
    plannedEndOn: Day | null,
    status: Pair['status'],
    endedOn: Day | null,
  ): Draft => {
    const project = random.pick(MENTORING_PROJECTS);
    return {
      type: '1+1',
      mentorTwo: null,
      mentee: m.id,
      menteeName: m.name,
      project,
      startedOn,
      plannedEndOn,
      endedOn,
      status,
      duties: random.chance(0.95) ? random.pick(['技术、项目', '技术、智力', '技术和项目']) : null,
      outcome: status === '已完成' ? `已掌握${project.replace(/技术$/, '')}技术` : null,
    };
  };
  const spare = random.shuffle(members.filter((m) => !m.fromTalent));
  const take = () => spare.shift()!;
  const withPlan = (m: Member, from: Day, to: Day) => {
    const start = dayBetween(random, from, to);
    return draft(m, start, addYears(start, 2), '进行中', null);
  };
  const active: Draft[] = [];
  const withoutPlan = Math.round(plan.mentees1p1 * 0.13);
  const finished = Math.round(plan.mentees1p1 * 0.05);
  for (let i = 0; i < withoutPlan; i++)
    active.push(draft(take(), dayBetween(random, '2024-01-05', '2026-11-20'), null, '进行中', null));
  for (let i = 0; i < finished; i++) {
    const start = dayBetween(random, '2025-01-05', '2025-12-20');
    active.push(draft(take(), start, null, '已完成', dayBetween(random, '2026-01-05', '2026-11-25')));
  }
  for (let i = 0; i < plan.handOvers1p1; i++) {
    const m = take();
    const start = dayBetween(random, '2025-03-01', '2025-12-31');
    const end = dayBetween(random, '2026-02-01', '2026-08-31');
    // Handed over on the day the first pair ended: one after the other, not two at once.
    active.push(
      draft(m, start, addYears(start, 1), '已完成', end),
      draft(m, end, addYears(end, 2), '进行中', null),
    );
  }
  while (active.length < plan.mentees1p1 + plan.handOvers1p1)
    active.push(withPlan(take(), '2025-01-05', '2026-11-20'));
  const inactive: Draft[] = [];
  for (let i = 0; i < 5; i++) {
    const start = dayBetween(random, '2024-02-01', '2024-12-31');
    inactive.push(draft(take(), start, null, '已完成', dayBetween(random, '2025-01-10', '2025-12-20')));
  }
  for (let i = 0; i < 2; i++) {
    const start = dayBetween(random, '2024-03-01', '2024-12-31');
    inactive.push(
      draft(take(), start, addYears(start, 1), '已中止', dayBetween(random, '2025-01-10', '2025-12-20')),
    );
  }

  // Mentors: talents not mentored in a 2+1 pair first; every mentor is marked 拔尖人才.
  const ordered = [...random.shuffle(talents)].sort(
    (a, b) => Number(mentees2p1.has(a.id)) - Number(mentees2p1.has(b.id)),
  );
  const pool = new MentorPool(
    random,
    ordered.map((t) => t.id),
  );
  const fresh = active.length - plan.reuse1p1;
  const pairs: Pair[] = active.map((p, i) => ({
    ...p,
    mentorOne: i < fresh ? pool.fresh() : pool.again(null),
  }));
  for (const p of inactive) pairs.push({ ...p, mentorOne: pool.again(null) });
  const mentors = new Set(pairs.map((p) => p.mentorOne));
  for (const t of talents) t.isTop = mentors.has(t.id) || random.chance(0.02);
  return { pairs, spare };
}
