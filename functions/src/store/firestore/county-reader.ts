// Reads everything an assessment needs with a handful of large queries (one per ledger, plus the county tabs).
import type { Firestore } from 'firebase-admin/firestore';
import {
  ASSESSED_FIELDS,
  type AssessedRow,
  type LiaisonPoint,
  type QualitativeScore,
  type SupervisionVisit,
  type TownshipSetting,
} from '../../core/assessment';
import { TOWNSHIP_LEDGERS } from '../../core/ledgers';
import type { StoredRow } from '../../ingest/stored-row';
import { rowsCollection } from './paths';

const ROW_FIELDS = [
  'township',
  'key',
  'sheetRow',
  'status',
  'record',
  'errors',
  'warnings',
  'deleted',
  'county',
];

export interface CountySnapshotInput {
  rows: AssessedRow[];
  townships: TownshipSetting[];
  qualitative: QualitativeScore[];
  liaisonPoints: LiaisonPoint[];
  visits: SupervisionVisit[];
  /** The county spreadsheet, as its leader's pushes named it. */
  countySpreadsheetId: string | null;
}

const live = <T extends { deleted?: boolean }>(docs: T[]) => docs.filter((d) => !d.deleted);

/** Streams one ledger's rows of the county, keeping only what the assessment reads (memory stays flat). */
async function readLedgerRows(
  db: Firestore,
  county: string,
  ledger: keyof typeof ASSESSED_FIELDS,
  into: AssessedRow[],
) {
  const fields = [...ROW_FIELDS, ...ASSESSED_FIELDS[ledger].map((f) => `record.${f}`)];
  const stream = db
    .collectionGroup(ledger)
    .where('county', '==', county)
    .select(...fields)
    .stream();
  for await (const snap of stream as AsyncIterable<FirebaseFirestore.QueryDocumentSnapshot>) {
    const doc = snap.data() as StoredRow;
    if (doc.deleted || doc.township === null) continue;
    into.push({
      ledger,
      township: doc.township,
      key: doc.key,
      sheetRow: doc.sheetRow ?? null,
      status: doc.status,
      record: doc.record ?? {},
      errors: doc.errors ?? [],
      warnings: doc.warnings ?? [],
    });
  }
}

export async function readCounty(db: Firestore, county: string): Promise<CountySnapshotInput> {
  const rows: AssessedRow[] = [];
  const countyTab = async (ledger: string) =>
    live(
      (await rowsCollection(db, county, null, ledger).get()).docs.map((d) => d.data() as StoredRow),
    ).filter((d) => d.status !== 'error');
  const [settings, scores, points, visits] = await Promise.all([
    countyTab('townshipSettings'),
    countyTab('qualitativeScores'),
    countyTab('liaisonPoints'),
    countyTab('supervisionVisits'),
    ...TOWNSHIP_LEDGERS.map((l) => readLedgerRows(db, county, l.id, rows)),
  ]);
  return {
    rows,
    townships: settings
      .sort((a, b) => (a.sheetRow ?? 0) - (b.sheetRow ?? 0))
      .map((d) => ({
        township: String(d.record.township),
        annualTarget: Number(d.record.annualTarget ?? 0),
        spreadsheetId: (d.record.spreadsheetId as string | null) ?? null,
      })),
    qualitative: scores.map((d) => ({
      year: Number(d.record.year),
      township: String(d.record.township),
      score: Number(d.record.score),
      bonus: (d.record.bonus as number | null) ?? null,
      penalty: (d.record.penalty as number | null) ?? null,
      remarks: (d.record.remarks as string | null) ?? null,
    })),
    // In the sheet's order, as the county wrote them (the 联系点督办 tab lists them so).
    liaisonPoints: points
      .sort((a, b) => (a.sheetRow ?? Number.MAX_SAFE_INTEGER) - (b.sheetRow ?? Number.MAX_SAFE_INTEGER))
      .map((d) => ({
        leader: String(d.record.leader),
        post: (d.record.post as string | null) ?? null,
        township: String(d.record.township),
        village: (d.record.village as string | null) ?? null,
        enterprise: (d.record.enterprise as string | null) ?? null,
      })),
    visits: visits.map((d) => ({
      leader: String(d.record.leader),
      visitedOn: String(d.record.visitedOn),
      township: String(d.record.township),
    })),
    countySpreadsheetId: settings[0]?.spreadsheetId ?? scores[0]?.spreadsheetId ?? null,
  };
}
