// The shape of a generated sample county and the report's figures it is calibrated on.
import type { CivilDate } from '../../functions/src/core/dates/civil-date';
import type { LedgerId, TownshipLedgerId } from '../../functions/src/core/ledgers';

export interface SampleCountyOptions {
  /** Same seed (and options) → identical county. */
  seed: number;
  /** 1 ≈ the county of the report; 0.05 a small county for CI. */
  scale: number;
  /** The assessment year; history runs from three years before it. */
  year: number;
  /** No recorded date lies after this day. */
  today: CivilDate;
}

/** A cell as a clerk leaves it: text (dates typed in several ways, ID numbers as text) or a number. */
export type SampleCell = string | number | null;
/** Canonical header → cell. */
export type SampleRow = Record<string, SampleCell>;

export interface SampleTownship {
  name: string;
  annualTarget: number;
  rows: Record<TownshipLedgerId, SampleRow[]>;
}

export type MistakeKind =
  | 'wrong-check-digit'
  | 'future-date'
  | 'sub-count-above-trainees'
  | 'duplicate-person'
  | 'probationary-mentor'
  | 'missing-required'
  | 'under-age-application'
  /** 帮带记录 naming a pair 帮带结对 does not hold (the mentor's ID number typed for the mentee's). */
  | 'log-without-pair'
  /** 培训申报 course not named exactly as on the county's 培训菜单. */
  | 'course-not-on-menu'
  /** 培训记录.对应申报编号 that is not in the township's 培训申报 (`2024-3` for `2024-03`). */
  | 'unknown-request-number'
  /** 督办记录 leader not in 联系点 (a mistyped name). */
  | 'leader-not-listed';

/**
 * A mistake planted on purpose, and where: the row's index in its ledger's rows — a township's, or for the
 * county's own tabs the county workbook's (`township` is then COUNTY_OFFICE).
 */
export interface PlantedMistake {
  kind: MistakeKind;
  township: string;
  ledger: LedgerId;
  rowIndex: number;
  header: string;
}

export interface SampleCounty {
  name: string;
  year: number;
  today: CivilDate;
  townships: SampleTownship[];
  /** 乡镇设置 rows. */
  townshipSettings: SampleRow[];
  /** 定性考评 rows for the assessment year and the two before it. */
  qualitativeScores: SampleRow[];
  /** 培训菜单 rows: the courses townships may ask for. */
  trainingMenu: SampleRow[];
  /** 联系点 rows: one per county standing-committee member. */
  liaisonPoints: SampleRow[];
  /** 督办记录 rows since 1 January of last year, in date order. */
  supervisionVisits: SampleRow[];
  /** Every planted mistake; rows not listed are meant to be valid. */
  mistakes: PlantedMistake[];
}

/** The county report's figures at scale 1 (see shared/domain/shuangpei-article.txt). */
export const REPORT = {
  townships: 15,
  talents: 4702,
  members: 14_600,
  under35Share: 0.158,
  highSchoolShare: 0.324,
  skilledShare: 0.63,
  villagePosts: 210,
  villageHeads: 63,
  admittedTalents: 477,
  pairs2plus1: 1558,
  pairs1plus1: 2900,
  topTalentShare: 0.4,
  trainings: 60,
  trainees: 5700,
  bases: 200,
  households: 5000,
  annualTarget: 300,
} as const;

/** Townships of a county at a scale: all fifteen from scale 0.5, at least four. */
export const townshipCountAt = (scale: number): number =>
  Math.min(REPORT.townships, Math.max(4, Math.round(REPORT.townships * Math.sqrt(scale))));

/** A report figure at a scale, never below `min`. */
export const scaled = (figure: number, scale: number, min = 1): number =>
  Math.max(min, Math.round(figure * scale));
