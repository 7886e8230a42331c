// Civil dates (YYYY-MM-DD) for the report county: a small arithmetic of its own, independent of the product's.
import type { Random } from '../sample-county/random';

export type Day = string;

const DAY_MS = 86_400_000;
const toTime = (d: Day): number =>
  Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const fromTime = (t: number): Day => new Date(t).toISOString().slice(0, 10);

export const addDays = (d: Day, n: number): Day => fromTime(toTime(d) + n * DAY_MS);
export const daysBetween = (from: Day, to: Day): number => Math.round((toTime(to) - toTime(from)) / DAY_MS);

/** The same month and day `n` years on; 29 February becomes 1 March in a common year (never earlier). */
export function addYears(d: Day, n: number): Day {
  const year = Number(d.slice(0, 4)) + n;
  const shifted = `${String(year).padStart(4, '0')}${d.slice(4)}`;
  return fromTime(toTime(shifted)) === shifted ? shifted : `${year}-03-01`;
}

/** Whole years of age on `day` (the birthday itself counts), as the county's 党内统计 counts age. */
export function ageOn(birth: Day, day: Day): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** A day in [from, to], both included. */
export const dayBetween = (random: Random, from: Day, to: Day): Day =>
  to <= from ? from : addDays(from, random.int(0, daysBetween(from, to)));

export const earliest = (a: Day, b: Day): Day => (a < b ? a : b);
export const latest = (a: Day, b: Day): Day => (a > b ? a : b);
