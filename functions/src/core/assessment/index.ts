export * from './assess-county';
export { ASSESSED_FIELDS } from './assessed-fields';
export * from './config';
export { NO_CONTACT_DAYS } from './contact-reminders';
export * from './county-data';
export type { DataQuality } from './data-quality';
export type { FieldsRead, LeftOut } from './figure-rows';
export type { MeasuredPart } from './indicators/measure';
export type { LeaderVisits, LiaisonSummary, TownshipVisits } from './liaison';
export {
  type IndicatorResult,
  type Mark,
  type PreviousResult,
  type ProvisionalRanking,
  rankingSummary,
  type ScoredPart,
  type TownshipResult,
} from './rank-townships';
export type { Reminder, ReminderKind } from './reminder';
export { LEFT_OUT_NOTE, STATISTIC_NOTES } from './statistic-definitions';
export type { Statistic, StatisticLedger } from './statistics';
export type { CourseToSchedule, RequestLine, RequestSummary } from './training-requests';
export type { WeightShift, WeightStability } from './weight-stability';
export type { TownshipWhatIf, WhatIfChange, WhatIfGoal } from './what-if';
