// How a township's clerk types cells: each has a habit for dates (2023.5.6, 2023-05-06, 2023年5月6日, 2023/5/6,
// or a real date cell) and strays from it now and then; a lower-case x ends an ID number at times.
import type { Random } from '../sample-county/random';
import type { Day } from './dates';
import type { Cell } from './model';

export type DateForm = 'dot' | 'iso' | 'chinese' | 'slash' | 'cell';
const FORMS: readonly DateForm[] = ['dot', 'iso', 'chinese', 'cell', 'slash'];

export function typeDate(d: Day, form: DateForm): Cell {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  switch (form) {
    case 'dot':
      return `${y}.${m}.${day}`;
    case 'iso':
      return d;
    case 'chinese':
      return `${y}年${m}月${day}日`;
    case 'slash':
      return `${y}/${m}/${day}`;
    case 'cell':
      return new Date(Date.UTC(y, m - 1, day));
  }
}

export class Clerk {
  readonly habit: DateForm;

  constructor(
    private readonly random: Random,
    index: number,
  ) {
    this.habit = FORMS[index % FORMS.length]!;
  }

  date(d: Day | null): Cell {
    if (!d) return null;
    return typeDate(d, this.random.chance(0.15) ? this.random.pick(FORMS) : this.habit);
  }

  id(id: string | null): Cell {
    if (!id) return null;
    return id.endsWith('X') && this.random.chance(0.3) ? `${id.slice(0, 17)}x` : id;
  }

  yesNo(value: boolean | null): Cell {
    return value === null ? null : value ? '是' : '否';
  }
}
