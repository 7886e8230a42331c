// 居民身份证号码 (GB 11643-1999) made here, check digit and all — not by the product's own composer.
import type { Random } from '../sample-county/random';
import type { Day } from './dates';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The 18th character of an ID number from its first 17 digits (ISO 7064 MOD 11-2). */
export function checkCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK[sum % 11]!;
}

/** The same number with a wrong 18th character (a typo the checksum catches). */
export const withWrongCheck = (id: string): string =>
  id.slice(0, 17) + CHECK[(CHECK.indexOf(id[17]!) + 1 + (Number(id[16]) % 9)) % 11]!;

/** Where people were born: mostly the county itself, some from nearby counties. */
const REGIONS = ['430521', '430521', '430521', '430521', '430521', '430522', '430523', '430502'];

export type Sex = '男' | '女';

/** Hands out valid, distinct ID numbers whose birth date and sex digit are the person's. */
export class IdBook {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  make(birth: Day, sex: Sex): string {
    for (;;) {
      const parity = sex === '男' ? this.random.pick([1, 3, 5, 7, 9]) : this.random.pick([0, 2, 4, 6, 8]);
      const sequence = String(this.random.int(0, 99) * 10 + parity).padStart(3, '0');
      const first17 = `${this.random.pick(REGIONS)}${birth.replaceAll('-', '')}${sequence}`;
      const id = first17 + checkCharacter(first17);
      if (this.used.has(id)) continue;
      this.used.add(id);
      return id;
    }
  }
}
