// What every part of the generator shares: the random source, the ID registry and the calendar.
import type { CivilDate } from '../../functions/src/core/dates/civil-date';
import type { IdNumbers } from './people';
import type { Random } from './random';

export interface GenerationContext {
  random: Random;
  ids: IdNumbers;
  /** First day of the county's history (1 January, three years before the assessment year). */
  start: CivilDate;
  /** Last day anything happened: `today`, or 31 December of the assessment year if that is earlier. */
  asOf: CivilDate;
  today: CivilDate;
}

/** Age brackets [from, to, weight]. */
export type AgeBrackets = readonly (readonly [number, number, number])[];

export function ageFrom(random: GenerationContext['random'], brackets: AgeBrackets): number {
  const [from, to] = random.weighted(brackets.map((b) => [b, b[2]] as const));
  return random.int(from, to);
}
