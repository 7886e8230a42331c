// Every number in both documents is a number of the stored snapshot (read back from the emulator), written as it
// is stored or as the percentage of a stored ratio: the documents never compute a figure of their own.
import { type App, deleteApp, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentNotice } from '../../../functions/src/report/documents/assessment-notice';
import { type DraftedDocument, documentLines } from '../../../functions/src/report/documents/document-model';
import { defaultNoticeSettings } from '../../../functions/src/report/documents/notice-settings';
import {
  type ReportSnapshot,
  readReportSnapshot,
} from '../../../functions/src/report/documents/report-snapshot';
import { workSummary } from '../../../functions/src/report/documents/work-summary';
import { readLatestSnapshotMain, saveSnapshot } from '../../../functions/src/store/firestore/snapshots';
import { clearProject, emulatorHost, projectIdFor } from '../../support/emulator';
import { computedAt, result } from '../layout-fixture';

const projectId = projectIdFor(import.meta.url);
let app: App;
let db: Firestore;
let stored: Record<string, unknown>;
let snapshot: ReportSnapshot;

beforeAll(async () => {
  process.env.FIRESTORE_EMULATOR_HOST = emulatorHost();
  app = initializeApp({ projectId }, 'snapshot-numbers');
  db = getFirestore(app);
  await clearProject(projectId);
  await saveSnapshot(db, result, computedAt, 'numbers');
  stored = (await readLatestSnapshotMain(db, '示范县', 2026))!.data;
  snapshot = readReportSnapshot(stored);
});
afterAll(() => deleteApp(app));

/** Every number anywhere in a stored value. */
const numbersOf = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(numbersOf)
      : [];

/** Numbers that are words, not figures: “2+1”, “1+1”, 1-2门, 1至2门, 35岁, footnote marks. */
const WORDS = /“[12]\+1”|1-2门|1至2门|35岁|\[\d+\]/g;
const numbersIn = (doc: DraftedDocument) =>
  documentLines(doc)
    .flatMap((l) => l.replace(WORDS, '').match(/\d+(?:\.\d+)?/g) ?? [])
    .map(Number);

function allowed(): Set<number> {
  const share = snapshot.config.quantitativeShare;
  const stored_ = numbersOf(stored);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return new Set([
    ...stored_,
    ...stored_.map(Math.abs), // a change is written as its size after 增加/减少
    ...stored_.map((n) => Math.round(n * 1000) / 10), // a stored ratio as a percentage
    round1(share * 100), // 总分＝定量得分×70%＋定性考评得分×30%
    round1((1 - share) * 100),
    ...snapshot.today.split('-').map(Number), // the date of issue
  ]);
}

describe('the numbers of the documents', () => {
  it('reads the snapshot back as the documents read it', () => {
    expect(snapshot.ranking.map((t) => [t.township, t.total, t.mark])).toEqual([
      ['城关镇', 84.34, 'reward'],
      ['白沙镇', 78.95, null],
      ['河口乡', 78.95, 'criticism'],
    ]);
    expect(snapshot.notSubmitted).toEqual(['青山乡']);
  });

  it('are all numbers of the stored snapshot, in both documents', () => {
    const ok = allowed();
    const notice = numbersIn(assessmentNotice(snapshot, defaultNoticeSettings(snapshot)));
    const summary = numbersIn(workSummary(snapshot, true));
    expect(notice.length).toBeGreaterThan(50);
    expect(summary.length).toBeGreaterThanOrEqual(2 * snapshot.statistics.length);
    expect(notice.filter((n) => !ok.has(n))).toEqual([]);
    expect(summary.filter((n) => !ok.has(n))).toEqual([]);
  });

  it('quote each township’s total and each statistic’s value and change where they belong', () => {
    const notice = documentLines(assessmentNotice(snapshot, defaultNoticeSettings(snapshot)));
    for (const t of snapshot.ranking)
      expect(notice).toContainEqual(
        expect.stringMatching(new RegExp(`^${t.rank}\\t${t.township}\\t.*\\t${t.total.toFixed(2)}\\t`)),
      );
    const summary = documentLines(workSummary(snapshot, true)).join('');
    for (const s of snapshot.statistics) {
      const clause = s.wording.replace('{value}', String(s.value));
      const change = s.change === 0 ? '与上年持平' : `${Math.abs(s.change)}`;
      expect(summary, s.key).toMatch(
        new RegExp(`${clause.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}，[^；。]*${change}`),
      );
    }
  });
});
