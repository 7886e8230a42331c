// The assess use case wired to Firestore: the one place its store ports meet their adapters.
import type { Firestore } from 'firebase-admin/firestore';
import type { AssessmentConfig } from '../core/assessment';
import type { CivilDate } from '../core/dates/civil-date';
import type { Logger } from '../log/logger';
import { readCounty } from '../store/firestore/county-reader';
import { readPrevious, saveSnapshot } from '../store/firestore/snapshots';
import type { AssessDeps, PublishSummaries } from './assess-service';

export const firestoreAssessDeps = (
  db: Firestore,
  options: { config: AssessmentConfig; publish: PublishSummaries; today: () => CivilDate; log: Logger },
): AssessDeps => ({
  readCounty: (county) => readCounty(db, county),
  readPrevious: (county, year) => readPrevious(db, county, year),
  saveSnapshot: (result, computedAt, runId) => saveSnapshot(db, result, computedAt, runId),
  now: () => new Date(),
  ...options,
});
