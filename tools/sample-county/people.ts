// People of the sample county: unique, valid ID numbers whose birth date and sex digit match the person.
import { addDays, addYears, type CivilDate } from '../../functions/src/core/dates/civil-date';
import { composeIdNumber } from '../../functions/src/core/id-number';
import type { Person, Sex } from './model';
import { personName } from './person-names';
import type { Random } from './random';

/** Where people were born: mostly the county itself (430521), some nearby counties and cities. */
const REGIONS: readonly (readonly [string, number])[] = [
  ['430521', 82],
  ['430522', 5],
  ['430523', 4],
  ['430502', 4],
  ['430111', 3],
  ['440306', 1],
  ['360102', 1],
];

/** Hands out ID numbers, never the same one twice in a county. */
export class IdNumbers {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  make(birth: CivilDate, sex: Sex): string {
    for (;;) {
      const parity = sex === '男' ? this.random.pick([1, 3, 5, 7, 9]) : this.random.pick([0, 2, 4, 6, 8]);
      const sequence = this.random.int(0, 99) * 10 + parity;
      const id = composeIdNumber(this.random.weighted(REGIONS), birth, sequence);
      if (this.used.has(id)) continue;
      this.used.add(id);
      return id;
    }
  }
}

/** A birth date making someone exactly `age` on `on`. */
export const birthForAge = (random: Random, on: CivilDate, age: number): CivilDate =>
  addDays(addYears(on, -age), -random.int(0, 364));

export function makePerson(
  random: Random,
  ids: IdNumbers,
  where: { township: number; village: string },
  birth: CivilDate,
  sex: Sex = random.chance(0.62) ? '男' : '女',
): Person {
  return { idNumber: ids.make(birth, sex), name: personName(random, sex), sex, birth, ...where };
}

export const mobilePhone = (random: Random): string =>
  `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
