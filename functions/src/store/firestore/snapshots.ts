// Assessment snapshots: immutable per county/year/run, traces and reminders per township, plus a "latest" pointer.
import type { Firestore } from 'firebase-admin/firestore';
import {
  type AssessmentResult,
  type PreviousResult,
  rankingSummary,
  type TownshipResult,
} from '../../core/assessment';
import { countyDoc } from './paths';

const assessmentDoc = (db: Firestore, county: string, year: number) =>
  countyDoc(db, county).collection('assessments').doc(String(year));

/** The ranking without traces (traces live in the per-township documents). */
const withoutTraces = (t: TownshipResult) => ({
  ...t,
  indicators: t.indicators.map((i) => ({ ...i, parts: i.parts.map(({ trace: _, ...p }) => p) })),
});

export interface SavedSnapshot {
  snapshotId: string;
  computedAt: string;
}

/** Writes the snapshot (never overwritten) and moves the year's pointer to it, in one atomic batch. */
export async function saveSnapshot(
  db: Firestore,
  result: AssessmentResult,
  computedAt: Date,
  runId: string,
): Promise<SavedSnapshot> {
  const year = assessmentDoc(db, result.county, result.year);
  const snapshotId = `${result.today}_${runId}`;
  const snapshot = year.collection('snapshots').doc(snapshotId);
  const batch = db.batch();
  batch.create(snapshot, {
    county: result.county,
    year: result.year,
    today: result.today,
    computedAt: computedAt.toISOString(),
    config: result.config,
    ranking: result.ranking.map(withoutTraces),
    statistics: result.statistics,
    dataQuality: result.dataQuality.map(({ duplicateRows: _, ...q }) => q),
    reminderCount: result.reminders.length,
    trainingRequests: result.trainingRequests,
    liaison: result.liaison,
    unknownTownships: result.unknownTownships,
  });
  for (const t of result.ranking) {
    batch.create(snapshot.collection('townships').doc(t.township), {
      township: t.township,
      traces: Object.fromEntries(
        t.indicators.map((i) => [i.id, i.parts.map((p) => ({ label: p.label, rows: p.trace }))]),
      ),
      reminders: result.reminders.filter((r) => r.township === t.township),
      duplicateRows: result.dataQuality.find((q) => q.township === t.township)?.duplicateRows ?? [],
    });
  }
  batch.set(year, {
    county: result.county,
    year: result.year,
    latestSnapshot: snapshotId,
    computedAt: computedAt.toISOString(),
    ranking: rankingSummary(result.ranking),
  });
  await batch.commit();
  return { snapshotId, computedAt: computedAt.toISOString() };
}

/** Last year's ranking, for the change columns; null when that year was never assessed. */
export async function readPrevious(
  db: Firestore,
  county: string,
  year: number,
): Promise<PreviousResult | null> {
  const snap = await assessmentDoc(db, county, year - 1).get();
  if (!snap.exists) return null;
  const data = snap.data() as { ranking?: PreviousResult['townships'] };
  return {
    year: year - 1,
    townships: (data.ranking ?? []).map(({ township, rank, total }) => ({ township, rank, total })),
  };
}

/** The latest snapshot of a year with its per-township documents (for tests, the CLI and support). */
export async function readLatestSnapshot(db: Firestore, county: string, year: number) {
  const pointer = await assessmentDoc(db, county, year).get();
  if (!pointer.exists) return null;
  const id = (pointer.data() as { latestSnapshot: string }).latestSnapshot;
  const snapshot = assessmentDoc(db, county, year).collection('snapshots').doc(id);
  const [main, townships] = await Promise.all([snapshot.get(), snapshot.collection('townships').get()]);
  return { id, ...main.data(), townships: Object.fromEntries(townships.docs.map((d) => [d.id, d.data()])) };
}
