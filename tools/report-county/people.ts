// One person of the report county: a name, a valid ID number matching birth and sex, a village, 文化程度.
import { ETHNIC_GROUPS, personName } from '../sample-county/person-names';
import type { Random } from '../sample-county/random';
import { addDays, addYears, type Day } from './dates';
import { ABOVE, BELOW } from './education';
import type { IdBook, Sex } from './id-numbers';
import type { Person } from './model';

export interface Makers {
  random: Random;
  ids: IdBook;
}

/** A birth date making someone exactly `age` on `day`. */
export const birthForAge = (random: Random, day: Day, age: number): Day =>
  addDays(addYears(day, -age), -random.int(0, 364));

export const typedEducation = (random: Random, highSchoolOrAbove: boolean): string =>
  random.weighted(highSchoolOrAbove ? ABOVE : BELOW);

export function makePerson(
  { random, ids }: Makers,
  villages: readonly string[],
  birth: Day,
  highSchoolOrAbove: boolean,
): Person {
  const sex: Sex = random.chance(0.64) ? '男' : '女';
  return {
    id: ids.make(birth, sex),
    name: personName(random, sex),
    sex,
    birth,
    village: random.pick(villages),
    education: typedEducation(random, highSchoolOrAbove),
  };
}

export const ethnicity = (random: Random): string => random.weighted(ETHNIC_GROUPS);
