// `shuangpei report`: both documents from the latest stored snapshot — here the emulator's Firestore named by
// --project, as the cloud one would be — and a clear refusal when the year was never assessed.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, deleteApp, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSnapshot } from '../../functions/src/store/firestore/snapshots';
import { computedAt, result } from '../report/layout-fixture';
import { clearProject, emulatorHost, projectIdFor } from '../support/emulator';
import { runCli } from './run-cli';

const projectId = projectIdFor(import.meta.url);
let app: App;
let db: Firestore;
let work: string;
const env = () => ({ FIRESTORE_EMULATOR_HOST: emulatorHost(), SHUANGPEI_LOG_LEVEL: 'silent' });
const report = (...args: string[]) =>
  runCli(['report', '--project', projectId, '--out', join(work, 'out'), ...args], env());

/** The text of a .docx's body. */
async function docxText(file: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'shuangpei-report-'));
  process.env.FIRESTORE_EMULATOR_HOST = emulatorHost();
  app = initializeApp({ projectId }, 'cli-report');
  db = getFirestore(app);
  await clearProject(projectId);
  await saveSnapshot(db, result, computedAt, 'cli');
});
afterAll(() => deleteApp(app));

describe('shuangpei report', () => {
  it('writes the 通报 and the 工作总结 of the year, without change when the year before was never assessed', async () => {
    const run = await report('--year', '2026', '--json');
    expect(run.stderr).not.toContain('内部错误');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      snapshotId: '2026-11-25_cli',
      previousYear: false,
      settings: { issuer: '中共示范县委组织部', issuedOn: '2026-11-25' },
      notice: join(work, 'out', '考评结果通报-2026.docx'),
      summary: join(work, 'out', '双培双带工作总结-2026.docx'),
      draft: false,
    });
    const notice = await docxText(join(work, 'out', '考评结果通报-2026.docx'));
    expect(notice).toContain('根据考评结果，对城关镇予以表彰。');
    expect(notice).toContain('对河口乡予以通报批评，在党建目标考核中予以扣分。');
    expect(notice.endsWith('中共示范县委组织部2026年11月25日')).toBe(true);
    const summary = await docxText(join(work, 'out', '双培双带工作总结-2026.docx'));
    expect(summary).toContain('通过开展“双培双带”，把4名乡土人才吸纳为中共党员；');
    expect(summary).not.toContain('上年');
  }, 60_000);

  it('tells the change once the year before has a snapshot, and takes the issuing body and date given', async () => {
    await saveSnapshot(db, { ...result, year: 2025, today: '2025-12-31' }, computedAt, 'last');
    const run = await report('--year', '2026', '--issuer', '中共示范县委', '--issued-on', '2026年12月8日');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('通报：');
    const summary = await docxText(join(work, 'out', '双培双带工作总结-2026.docx'));
    expect(summary).toContain('通过开展“双培双带”，把4名乡土人才吸纳为中共党员，比上年增加3名；');
    const notice = await docxText(join(work, 'out', '考评结果通报-2026.docx'));
    expect(notice.endsWith('中共示范县委2026年12月8日')).toBe(true);
  }, 60_000);

  it('refuses a year without an assessment, saying to run it first (exit 2)', async () => {
    const run = await report('--year', '2030');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '✘ 示范县2030年度还没有考评结果：请先运行考评（shuangpei run --ledgers 台账文件夹 --year 2030），再生成通报和工作总结',
    );
  }, 60_000);

  it('reads the local data folder by default (here an empty one)', async () => {
    const run = await runCli([
      'report',
      '--year',
      '2026',
      '--data',
      join(work, 'data'),
      '--out',
      join(work, 'x'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('✘ 示范县2026年度还没有考评结果');
  }, 120_000);
});
