// “2+1” pairs of one township: two full members mentor a talent not yet in the party, for two years or until
// the talent joins (已完成). This year's pairs have exactly the planned mentees and distinct mentors.
import { POLITICAL_MENTORING } from '../sample-county/vocabulary';
import { addDays, addYears, type Day, dayBetween, latest } from './dates';
import { MentorPool } from './mentors';
import type { Member, Pair, Talent } from './model';
import type { Makers } from './people';
import type { TownshipPlan } from './plan';

const DUTIES = ['学习、思想、作风、生活', '学习、思想、作风和生活', '学习、思想、作风、生活等方面'];

type Draft = Omit<Pair, 'mentorOne' | 'mentorTwo'>;

export function makePairsTwoPlusOne(
  { random }: Makers,
  plan: TownshipPlan,
  talents: Talent[],
  members: Member[],
) {
  const draft = (
    mentee: Talent,
    startedOn: Day,
    status: Pair['status'],
    endedOn: Day | null,
    outcome: string | null,
  ): Draft => ({
    type: '2+1',
    mentee: mentee.id,
    menteeName: mentee.name,
    project: random.chance(0.5) ? random.pick(POLITICAL_MENTORING) : null,
    startedOn,
    plannedEndOn: addYears(startedOn, 2),
    endedOn,
    status,
    duties: random.chance(0.95) ? random.pick(DUTIES) : null,
    outcome,
  });
  const joinedPair = (t: Talent, status: Pair['status']) => {
    const p = t.probationaryOn!;
    const from =
      status === '进行中' ? latest('2024-12-05', addDays(addYears(p, -2), 30)) : addDays(addYears(p, -2), 30);
    const start = dayBetween(random, from, addDays(p, -30));
    return status === '已完成'
      ? draft(t, start, '已完成', p, `已于${p}接收为预备党员`)
      : draft(t, start, '进行中', null, null);
  };
  const stopped = (t: Talent, from: Day, to: Day, endFrom: Day, endTo: Day) =>
    draft(
      t,
      dayBetween(random, from, to),
      '已中止',
      dayBetween(random, endFrom, endTo),
      '被帮带人外出务工，帮带中止',
    );
  const running = (t: Talent, from: Day, to: Day) =>
    draft(t, dayBetween(random, from, to), '进行中', null, null);

  const joined2026 = talents.filter((t) => t.probationaryOn?.startsWith('2026'));
  const joined2025 = talents.filter((t) => t.probationaryOn?.startsWith('2025'));
  const spare = random.shuffle(talents.filter((t) => !t.probationaryOn));
  const take = () => spare.shift()!;
  const completedCount = Math.round(joined2026.length * 0.85);
  const active: Draft[] = joined2026.slice(0, completedCount).map((t) => joinedPair(t, '已完成'));
  // A 进行中 pair whose talent has joined: valid, with the advice to mark it 已完成.
  if (plan.index % 3 === 0 && joined2026.length > completedCount)
    active.push(joinedPair(joined2026.at(-1)!, '进行中'));
  const inactive: Draft[] = joined2025
    .slice(0, Math.round(joined2025.length * 0.8))
    .map((t) => joinedPair(t, '已完成'));
  for (let i = 0; i < 1 + (plan.index % 2); i++) {
    const old = stopped(take(), '2024-12-05', '2025-10-31', '2026-01-05', '2026-07-31');
    active.push(old);
    if (i < plan.restarted2p1) {
      const t = talents.find((x) => x.id === old.mentee)!;
      active.push(running(t, addDays(old.endedOn!, 10), addDays(old.endedOn!, 90)));
    }
  }
  if (plan.index % 2 === 0) {
    const t = take();
    inactive.push(stopped(t, '2024-01-10', '2024-10-31', '2025-02-01', '2025-11-30'));
    active.push(running(t, '2026-01-10', '2026-10-31'));
  }
  inactive.push(
    ...[take(), take()].map((t) => stopped(t, '2023-12-10', '2024-10-31', '2025-01-10', '2025-12-20')),
  );
  const mentees = new Set(active.map((p) => p.mentee));
  while (mentees.size < plan.mentees2p1) {
    const t = take();
    mentees.add(t.id);
    active.push(running(t, '2024-12-05', '2026-11-20'));
  }

  const pool = new MentorPool(
    random,
    random.shuffle(members.filter((m) => m.category === '正式党员').map((m) => m.id)),
  );
  const firsts = active.map(() => pool.fresh());
  const fresh = active.length - plan.reuse2p1;
  const pairs: Pair[] = active.map((p, i) => ({
    ...p,
    mentorOne: firsts[i]!,
    mentorTwo: i < fresh ? pool.fresh() : pool.again(firsts[i]!),
  }));
  for (const p of inactive) {
    const one = pool.any(p.mentee);
    pairs.push({ ...p, mentorOne: one, mentorTwo: pool.any(p.mentee, one) });
  }
  return { pairs, spare };
}
