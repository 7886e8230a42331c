// How a township's clerk types dates: each has a habit (2024-03-01, 2024/3/1, 2024年3月1日, …) and strays from it.
import { type CivilDate, splitCivilDate } from '../../functions/src/core/dates/civil-date';
import type { Random } from './random';

export type DateStyle = 'iso' | 'slash' | 'slashPadded' | 'chinese' | 'dot';

const STYLES: readonly (readonly [DateStyle, number])[] = [
  ['iso', 40],
  ['slash', 25],
  ['chinese', 20],
  ['slashPadded', 8],
  ['dot', 7],
];

/** Share of dates a clerk writes in some other way than their habit. */
const STRAY = 0.15;

export function formatDate(date: CivilDate, style: DateStyle): string {
  const { year, month, day } = splitCivilDate(date);
  switch (style) {
    case 'iso':
      return date;
    case 'slash':
      return `${year}/${month}/${day}`;
    case 'slashPadded':
      return date.replaceAll('-', '/');
    case 'chinese':
      return `${year}年${month}月${day}日`;
    case 'dot':
      return `${year}.${month}.${day}`;
  }
}

export class ClerkStyle {
  readonly habit: DateStyle;

  constructor(private readonly random: Random) {
    this.habit = random.weighted(STYLES);
  }

  date(date: CivilDate | null | undefined): string | null {
    if (!date) return null;
    return formatDate(date, this.random.chance(STRAY) ? this.random.weighted(STYLES) : this.habit);
  }

  /** A count as typed: mostly a number, now and then with its unit (`12户`). */
  count(value: number | null, unit: string): number | string | null {
    if (value === null) return null;
    return this.random.chance(0.05) ? `${value}${unit}` : value;
  }

  /** An ID number as typed: a lower-case `x` now and then. */
  idNumber(id: string): string {
    return id.endsWith('X') && this.random.chance(0.3) ? `${id.slice(0, 17)}x` : id;
  }

  yesNo(value: boolean | null): string | null {
    return value === null ? null : value ? '是' : '否';
  }
}
