// 示范基地 of one township: bases run by its members and talents, and the households each leads.
import type { Random } from '../sample-county/random';
import { BASE_KINDS } from '../sample-county/vocabulary';
import { dayBetween } from './dates';
import type { Base, Member, Talent } from './model';
import type { TownshipPlan } from './plan';

export function makeBases(
  random: Random,
  plan: TownshipPlan,
  people: { members: Member[]; talents: Talent[] },
  names: Set<string>,
): Base[] {
  return Array.from({ length: plan.bases }, (): Base => {
    const kind = random.pick(BASE_KINDS);
    const leader = random.chance(0.7) ? random.pick(people.members) : random.pick(people.talents);
    const place = leader.village.replace(/(村|社区)$/, '');
    let name = `${place}${kind.product}示范基地`;
    for (let n = 2; names.has(name); n++) name = `${place}${kind.product}示范基地（${n}）`;
    names.add(name);
    return {
      name,
      leaderId: leader.id,
      industry: kind.industry,
      foundedOn: random.chance(0.85)
        ? dayBetween(random, '2012-03-01', '2025-12-20')
        : dayBetween(random, '2026-01-05', '2026-11-20'),
      scale: `${random.int(kind.size[0], kind.size[1])}${kind.unit}`,
      households: random.int(12, 38),
      output: random.int(20, 800),
    };
  });
}

/** Moves the county's households led into [low, high] (the report's “5000余户”), a household at a time. */
export function keepHouseholdsWithin(random: Random, bases: Base[], low: number, high: number): void {
  const total = () => bases.reduce((n, b) => n + b.households, 0);
  while (total() < low) random.pick(bases).households += 1;
  while (total() > high) random.pick(bases.filter((b) => b.households > 1)).households -= 1;
}
