// The assess use case: read the county, assess it, keep an immutable snapshot, hand the result to the summary writer.
import { randomBytes } from 'node:crypto';
import type { AssessmentConfig, PreviousResult, TownshipSetting } from '../core/assessment';
import { type AssessmentResult, assessCounty, rankingSummary } from '../core/assessment';
import type { CivilDate } from '../core/dates/civil-date';
import { yearOf } from '../core/dates/civil-date';
import type { Logger } from '../log/logger';
import type { CountySnapshotInput } from '../store/firestore/county-reader';
import type { SavedSnapshot } from '../store/firestore/snapshots';

export interface PublishReport {
  label: string;
  ok: boolean;
  error?: { code: string; message: string };
}

/** Port: writes the summary tabs (county spreadsheet, township feedback) — Sheets in production, .xlsx locally. */
export type PublishSummaries = (
  result: AssessmentResult,
  meta: { computedAt: Date; countySpreadsheetId: string | null; townships: readonly TownshipSetting[] },
) => Promise<PublishReport[]>;

export interface AssessDeps {
  /** The resolved settings (SHUANGPEI_ASSESSMENT_CONFIG); the snapshot keeps them beside the ranking. */
  config: AssessmentConfig;
  readCounty(county: string): Promise<CountySnapshotInput>;
  readPrevious(county: string, year: number): Promise<PreviousResult | null>;
  saveSnapshot(result: AssessmentResult, computedAt: Date, runId: string): Promise<SavedSnapshot>;
  publish: PublishSummaries;
  today: () => CivilDate;
  now: () => Date;
  log: Logger;
}

export interface AssessRun extends SavedSnapshot {
  county: string;
  year: number;
  townships: number;
  ranking: { township: string; rank: number; total: number; band: string; mark: string | null }[];
  published: PublishReport[];
  result: AssessmentResult;
}

/** `runId` names the snapshot (`{today}_{runId}`): a rerun with the same ID replaces it; default: a fresh one. */
export async function runAssessment(
  county: string,
  year: number | undefined,
  deps: AssessDeps,
  runId?: string,
): Promise<AssessRun> {
  const today = deps.today();
  const assessedYear = year ?? yearOf(today);
  const [input, previous] = await Promise.all([
    deps.readCounty(county),
    deps.readPrevious(county, assessedYear),
  ]);
  const result = assessCounty({ county, year: assessedYear, today, ...input, previous, config: deps.config });
  const computedAt = deps.now();
  const id =
    runId ??
    `${computedAt.toISOString().slice(11, 23).replace(/[:.]/g, '')}-${randomBytes(2).toString('hex')}`;
  const saved = await deps.saveSnapshot(result, computedAt, id);
  const published = await deps.publish(result, {
    computedAt,
    countySpreadsheetId: input.countySpreadsheetId,
    townships: input.townships,
  });
  for (const report of published.filter((p) => !p.ok))
    deps.log.warn('summary not written', { county, ...report });
  return {
    ...saved,
    county,
    year: assessedYear,
    townships: result.ranking.length,
    ranking: rankingSummary(result.ranking),
    published,
    result,
  };
}
