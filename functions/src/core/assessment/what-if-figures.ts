// The counts behind a township's measured parts, and the parts rebuilt from changed counts — so a what-if
// changes ledger figures (members admitted, pairs met, rows fixed…) and is scored exactly as the assessment is.
import type { IndicatorId } from './config';
import { type MeasuredPart, part } from './indicators/measure';

export type MeasuredTownship = Record<IndicatorId, MeasuredPart[]>;

/** What the seven indicators count for one township (see `indicators/measure-indicators.ts`). */
export interface TownshipFigures {
  /** Talents admitted as 预备党员 this year, and the 年度发展目标 (1 when none is set). */
  admitted: number;
  target: number;
  /** People in an active pair met this year, of non-member talents + members. */
  covered: number;
  people: number;
  classes: number;
  trainees: number;
  members: number;
  /** Classes that served one of the township's 培训申报. */
  answering: number;
  skilled: number;
  young: number;
  educated: number;
  bases: number;
  households: number;
  /** Rows without errors, of all rows. */
  clean: number;
  rows: number;
}

const at = (parts: MeasuredPart[] | undefined, i: number): MeasuredPart => {
  const p = parts?.[i];
  if (!p) throw new Error(`what-if: measured part ${i} is missing`);
  return p;
};

/** The counts a township's parts were measured from. */
export function figuresOf(m: MeasuredTownship): TownshipFigures {
  return {
    admitted: at(m.development, 0).numerator,
    target: at(m.development, 0).denominator,
    covered: at(m.mentoring, 0).numerator,
    people: at(m.mentoring, 0).denominator,
    classes: at(m.training, 0).numerator,
    trainees: at(m.training, 1).numerator,
    members: Math.round(at(m.training, 1).denominator * 100),
    answering: at(m.training, 2).numerator,
    skilled: at(m.skills, 0).numerator,
    young: at(m.structure, 0).numerator,
    educated: at(m.structure, 1).numerator,
    bases: at(m.demonstration, 0).numerator,
    households: at(m.demonstration, 1).numerator,
    clean: at(m.dataQuality, 0).numerator,
    rows: at(m.dataQuality, 0).denominator,
  };
}

/** The parts measured from `f`, labelled as `like` (traces are left out: the ranking does not read them). */
export function partsOf(f: TownshipFigures, like: MeasuredTownship): MeasuredTownship {
  const label = (id: IndicatorId, i: number) => at(like[id], i).label;
  return {
    development: [part(label('development', 0), f.admitted, f.target, [], 1)],
    mentoring: [part(label('mentoring', 0), f.covered, f.people, [])],
    training: [
      part(label('training', 0), f.classes, 1, []),
      part(label('training', 1), f.trainees, f.members / 100, []),
      part(label('training', 2), f.answering, f.classes, []),
    ],
    skills: [part(label('skills', 0), f.skilled, f.members, [])],
    structure: [
      part(label('structure', 0), f.young, f.members, []),
      part(label('structure', 1), f.educated, f.members, []),
    ],
    demonstration: [
      part(label('demonstration', 0), f.bases, 1, []),
      part(label('demonstration', 1), f.households, 1, []),
    ],
    dataQuality: [part(label('dataQuality', 0), f.clean, f.rows, [])],
  };
}
