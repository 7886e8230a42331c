// Date helpers for the generator: random days in a window, earlier/later of two days.
import { addDays, type CivilDate, daysBetween } from '../../functions/src/core/dates/civil-date';
import type { Random } from './random';

export const earlier = (a: CivilDate, b: CivilDate): CivilDate => (a < b ? a : b);
export const later = (a: CivilDate, b: CivilDate): CivilDate => (a > b ? a : b);

/** A day in [from, to] (both included); `from` when the window is empty. */
export function dayBetween(random: Random, from: CivilDate, to: CivilDate): CivilDate {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, random.int(0, span));
}

/** Splits `total` into whole shares proportional to `weights` (largest remainder; the sum is exact). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  order.sort((a, b) => b.rest - a.rest || a.index - b.index);
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { index } of order) {
    if (left-- <= 0) break;
    shares[index]!++;
  }
  return shares;
}
