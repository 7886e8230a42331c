// County and township names are validated wherever they enter, and every summary file stays in its folder,
// named with its county. Before, 乡镇设置 `sub/dir/evil` made directories under out/ and a nested Firestore
// document, `..` made the county impossible to assess (500), and a leader of 其他县 replaced this county's
// 全县考评汇总.xlsx.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAssessment } from '../../functions/src/assess/assess-service';
import { firestoreAssessDeps } from '../../functions/src/assess/firestore-assess-deps';
import { DEFAULT_CONFIG } from '../../functions/src/core/assessment/config';
import { placeNameProblem } from '../../functions/src/core/names/place-name';
import { memoryLogger } from '../../functions/src/log/logger';
import { createPublisher, workbookTargets } from '../../functions/src/report/publish-summaries';
import { writeSummaryWorkbook } from '../../functions/src/summary';
import { runCli } from '../cli/run-cli';
import { assessFixture, townships } from '../fixtures/assessment-county';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';

let h: Harness;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
});
afterAll(() => h.close());

const BAD_NAMES: [string, string][] = [
  ['sub/dir/evil', '不能包含 / \\ < > : " | ? * 等符号'],
  ['..', '不能以 . 开头，也不能只由 . 组成'],
  ['...', '不能以 . 开头，也不能只由 . 组成'],
  ['__x__', '不能以 __ 开头（Firestore 保留的形式）'],
  ['城关\u202e镇', '含有控制字符或不可见的方向控制符，请删除后重新输入名称'],
  ['城关\u200b镇', '含有控制字符或不可见的方向控制符，请删除后重新输入名称'],
  ['城关\t镇', '含有控制字符或不可见的方向控制符，请删除后重新输入名称'],
  ['城关\ud800镇', '含有无法识别的字符（不成对的代理项），请重新输入名称'],
  ['C:城关镇', '不能包含 / \\ < > : " | ? * 等符号'],
];

describe('place names', () => {
  it('refuses path separators, dots only, control and bidi characters, lone surrogates, __x__', () => {
    expect(BAD_NAMES.map(([name]) => [name, placeNameProblem(name)])).toEqual(BAD_NAMES);
    expect(['城关镇', '河口乡', 'A镇.新区', '城关镇（老）'].map(placeNameProblem)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('refuses them as 乡镇设置 rows (row errors, never a 5xx) and the county is still assessed, inside out/', async () => {
    const token = await h.token(USERS.leader!.email);
    // A lone surrogate refuses the whole request (lone-surrogates.test.ts); a cell's zero-width space and
    // tab are cleaned away by the cell parser before the name is checked.
    const bad = BAD_NAMES.filter(([name]) => !/[\ud800\u200b\t]/.test(name));
    const rows = [['城关镇', 'sheet-cg'], ...bad.map(([name], i) => [name, `sheet-${i}`])].map(
      ([township, id], i) => ({
        key: `r-${i}`,
        revision: 1,
        row: i + 2,
        cells: { 乡镇: township, 表格ID: id, 年度发展目标: 2 },
      }),
    );
    const res = await h.post(
      { spreadsheetId: 'county-sheet', county: COUNTY, ledger: 'townshipSettings', rows },
      token,
    );
    expect(res.status).toBe(200);
    expect(
      (res.body.rows as { row: number; errors: { message: string }[] }[]).map((r) => [
        r.row,
        r.errors.map((e) => e.message),
      ]),
    ).toEqual([[2, []], ...bad.map(([, problem], i) => [i + 3, [`乡镇：${problem}`]])]);
    expect((await h.db.collection(`counties/${COUNTY}/townships`).listDocuments()).map((d) => d.id)).toEqual(
      [],
    );

    const out = await mkdtemp(join(tmpdir(), 'names-out-'));
    const log = memoryLogger();
    const deps = firestoreAssessDeps(h.db, {
      config: DEFAULT_CONFIG,
      publish: createPublisher(writeSummaryWorkbook, workbookTargets(out), log),
      today: () => '2026-11-25',
      log,
    });
    const run = await runAssessment(COUNTY, 2026, deps);
    // Only 城关镇 is a township of the county; it holds no ledger row yet, so it is 未提交 (not ranked).
    expect([run.result.ranking.length, run.result.notSubmitted]).toEqual([0, ['城关镇']]);
    expect((await readdir(out, { recursive: true })).sort()).toEqual([
      '示范县-全县考评汇总.xlsx',
      '示范县-本乡镇考评-城关镇.xlsx',
    ]);
  });

  it('refuses them as the county or township of a request (400)', async () => {
    const token = await h.token(USERS.chengguan!.email);
    for (const [name, problem] of BAD_NAMES.slice(3, 6)) {
      const res = await h.post(
        { spreadsheetId: 's', county: COUNTY, township: name, ledger: 'talents', rows: [] },
        token,
      );
      expect([name, res.status, res.body.error.message]).toEqual([
        name,
        400,
        `请求格式不正确：township：名称${problem}`,
      ]);
    }
  });

  it('refuses them on the command line (shuangpei user add: exit 2, nothing saved)', async () => {
    const run = await runCli([
      'user',
      'add',
      'c@x.example',
      '--role',
      'clerk',
      '--county',
      COUNTY,
      '--township',
      'sub/dir/evil',
    ]);
    expect([run.code, run.stderr.trim()]).toEqual([
      2,
      '✘ --township「sub/dir/evil」不能包含 / \\ < > : " | ? * 等符号',
    ]);
  }, 30_000);

  it('names every summary file with its county, so two counties never overwrite each other', async () => {
    const out = await mkdtemp(join(tmpdir(), 'names-two-'));
    const publish = createPublisher(writeSummaryWorkbook, workbookTargets(out), memoryLogger());
    const meta = {
      computedAt: new Date('2026-11-24T22:00:00Z'),
      countySpreadsheetId: null,
      townships: townships.slice(0, 1),
    };
    await publish(assessFixture(), meta);
    await publish({ ...assessFixture(), county: '其他县' }, meta);
    expect((await readdir(out)).sort()).toEqual(
      [
        '其他县-全县考评汇总.xlsx',
        '其他县-本乡镇考评-城关镇.xlsx',
        '示范县-全县考评汇总.xlsx',
        '示范县-本乡镇考评-城关镇.xlsx',
      ].sort(),
    );
  });
});
