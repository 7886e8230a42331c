// Civil dates (`YYYY-MM-DD`, no time, no zone): construction, arithmetic and "today in Asia/Shanghai".

/** A calendar date written `YYYY-MM-DD`. Never an instant. */
export type CivilDate = string;

export const COUNTY_TIME_ZONE = 'Asia/Shanghai';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;

/** Builds a civil date, or returns null when the parts do not name a real day (years 1900–2199). */
export function makeCivilDate(year: number, month: number, day: number): CivilDate | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function splitCivilDate(date: CivilDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export const yearOf = (date: CivilDate): number => Number(date.slice(0, 4));

const toEpochDay = (date: CivilDate): number => {
  const { year, month, day } = splitCivilDate(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

const fromEpochDay = (epochDay: number): CivilDate =>
  new Date(epochDay * 86_400_000).toISOString().slice(0, 10);

export const addDays = (date: CivilDate, days: number): CivilDate => fromEpochDay(toEpochDay(date) + days);

/** Same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: CivilDate, years: number): CivilDate {
  const { year, month, day } = splitCivilDate(date);
  const target = year + years;
  return `${pad(target, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysInMonth(target, month)), 2)}`;
}

/** Same day `months` later; a day the target month lacks becomes its last day (08-31 + 6 → 02-28). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = splitCivilDate(date);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, daysInMonth(y, m)), 2)}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CivilDate, to: CivilDate): number => toEpochDay(to) - toEpochDay(from);

/** Completed years of life on `on` for someone born on `birth`. */
export function ageOn(birth: CivilDate, on: CivilDate): number {
  const b = splitCivilDate(birth);
  const o = splitCivilDate(on);
  const hadBirthday = o.month > b.month || (o.month === b.month && o.day >= b.day);
  return o.year - b.year - (hadBirthday ? 0 : 1);
}

/** The civil date of an instant in the county's time zone. */
export function civilDateInCounty(instant: Date): CivilDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: COUNTY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return parts;
}
