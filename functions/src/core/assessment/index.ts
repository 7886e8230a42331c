export * from './assess-county';
export { ASSESSED_FIELDS } from './assessed-fields';
export * from './config';
export * from './county-data';
export type { DataQuality } from './data-quality';
export type { MeasuredPart } from './indicators/measure';
export type { IndicatorResult, Mark, PreviousResult, ScoredPart, TownshipResult } from './rank-townships';
export type { Reminder, ReminderKind } from './reminders';
export type { Statistic } from './statistics';
