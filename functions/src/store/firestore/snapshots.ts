// Assessment snapshots: one per county/year/run, the township details in pages, and a "latest" pointer.
//   counties/{c}/assessments/{year}                         pointer: latestSnapshot, ranking
//   …/snapshots/{today}_{runId}                             ranking (no traces), statistics, data quality, what-if,
//                                                           weight stability, …
//   …/snapshots/{id}/townships/{township}                   how many pages the township's details take
//   …/snapshots/{id}/pages/{township}~{n}                   traces, left-out rows, reminders, duplicates (≤ 256 KiB)
// A run with the same ID (a retried Pub/Sub event) replaces its snapshot instead of adding one.
import type { DocumentReference, Firestore } from 'firebase-admin/firestore';
import {
  type AssessmentResult,
  type PreviousResult,
  rankingSummary,
  type TownshipResult,
} from '../../core/assessment';
import { countyDoc } from './paths';
import { documentSize, joinPages, type SnapshotPage, townshipPages } from './snapshot-pages';

const assessmentDoc = (db: Firestore, county: string, year: number) =>
  countyDoc(db, county).collection('assessments').doc(String(year));

/** The ranking without traces and left-out rows (they live in the pages). */
const withoutTraces = (t: TownshipResult) => ({
  ...t,
  indicators: t.indicators.map((i) => ({
    ...i,
    parts: i.parts.map(({ trace: _, leftOut: __, ...p }) => p),
  })),
});

export interface SavedSnapshot {
  snapshotId: string;
  computedAt: string;
}

export interface SnapshotDocument {
  /** Relative to the snapshot: '' for itself, `townships/{t}` or `pages/{t}~{n}`. */
  path: string;
  data: Record<string, unknown>;
}

/** Every document of a snapshot, pointer aside (pure: the size test measures these). */
export function snapshotDocuments(result: AssessmentResult, computedAt: Date): SnapshotDocument[] {
  const docs: SnapshotDocument[] = [
    {
      path: '',
      data: {
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
        notSubmitted: result.notSubmitted,
        whatIf: result.whatIf,
        weightStability: result.weightStability,
      },
    },
  ];
  for (const t of result.ranking) {
    const pages = townshipPages(result, t.township);
    docs.push({ path: `townships/${t.township}`, data: { township: t.township, pages: pages.length } });
    for (const page of pages)
      docs.push({ path: `pages/${t.township}~${page.n}`, data: page as unknown as Record<string, unknown> });
  }
  return docs;
}

/**
 * Firestore takes at most 10 MiB per commit, the emulator's gRPC server at most 4 MiB per message (a larger
 * commit is refused with RESOURCE_EXHAUSTED and retried until the call times out): batches of at most 3 MiB
 * and 400 documents. The report county (24,000 rows, issue 14) writes a snapshot over 4 MiB.
 */
const BATCH_BYTES = 3 * 1024 * 1024;
const BATCH_DOCS = 400;

/**
 * Writes the snapshot, then moves the year's pointer to it: readers go through the pointer, so they never see
 * a snapshot half written. Documents left by an earlier attempt of the same run that this one does not
 * rewrite are deleted.
 */
export async function saveSnapshot(
  db: Firestore,
  result: AssessmentResult,
  computedAt: Date,
  runId: string,
): Promise<SavedSnapshot> {
  const year = assessmentDoc(db, result.county, result.year);
  const snapshotId = `${result.today}_${runId}`;
  const snapshot = year.collection('snapshots').doc(snapshotId);
  const docs = snapshotDocuments(result, computedAt).map((d) => ({
    ref: d.path ? db.doc(`${snapshot.path}/${d.path}`) : snapshot,
    data: d.data,
  }));
  const written = new Set(docs.map((d) => d.ref.path));
  const earlier = await Promise.all(['townships', 'pages'].map((c) => snapshot.collection(c).select().get()));
  const stale: DocumentReference[] = earlier
    .flatMap((q) => q.docs.map((d) => d.ref))
    .filter((r) => !written.has(r.path));
  let batch = db.batch();
  let bytes = 0;
  let count = 0;
  const commits: Promise<unknown>[] = [];
  const add = (write: (b: FirebaseFirestore.WriteBatch) => void, size: number) => {
    if (count && (count >= BATCH_DOCS || bytes + size > BATCH_BYTES)) {
      commits.push(batch.commit());
      batch = db.batch();
      bytes = 0;
      count = 0;
    }
    write(batch);
    bytes += size;
    count++;
  };
  for (const { ref, data } of docs) add((b) => b.set(ref, data), documentSize(ref.path, data));
  for (const ref of stale) add((b) => b.delete(ref), 100);
  commits.push(batch.commit());
  await Promise.all(commits);
  await year.set({
    county: result.county,
    year: result.year,
    latestSnapshot: snapshotId,
    computedAt: computedAt.toISOString(),
    ranking: rankingSummary(result.ranking),
  });
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

/** The latest snapshot of a year with each township's details joined from its pages (tests, CLI, support). */
export async function readLatestSnapshot(db: Firestore, county: string, year: number) {
  const pointer = await assessmentDoc(db, county, year).get();
  if (!pointer.exists) return null;
  const id = (pointer.data() as { latestSnapshot: string }).latestSnapshot;
  const snapshot = assessmentDoc(db, county, year).collection('snapshots').doc(id);
  const [main, townships, pages] = await Promise.all([
    snapshot.get(),
    snapshot.collection('townships').get(),
    snapshot.collection('pages').get(),
  ]);
  const byTownship = new Map<string, SnapshotPage[]>();
  for (const page of pages.docs.map((d) => d.data() as SnapshotPage))
    byTownship.set(page.township, [...(byTownship.get(page.township) ?? []), page]);
  return {
    id,
    ...main.data(),
    townships: Object.fromEntries(
      townships.docs.map((d) => [d.id, joinPages(d.id, byTownship.get(d.id) ?? [])]),
    ),
  };
}

/** The latest snapshot's own document of a year (ranking, statistics, settings; no pages), or null. */
export async function readLatestSnapshotMain(
  db: Firestore,
  county: string,
  year: number,
): Promise<{ id: string; data: Record<string, unknown> } | null> {
  const pointer = await assessmentDoc(db, county, year).get();
  if (!pointer.exists) return null;
  const id = (pointer.data() as { latestSnapshot: string }).latestSnapshot;
  const main = await assessmentDoc(db, county, year).collection('snapshots').doc(id).get();
  return main.exists ? { id, data: main.data() as Record<string, unknown> } : null;
}
