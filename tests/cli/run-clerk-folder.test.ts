// `shuangpei run` over a folder of the files clerks really send (made by openpyxl, LibreOffice and Gnumeric,
// see tests/fixtures/clerk-files/README.md), started from another folder than the repository's.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from './run-cli';

const folder = resolve('tests/fixtures/clerk-files/folder');
let work: string;
let json: CliRun;
let table: CliRun;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'shuangpei-clerk-'));
  const args = (name: string) => [
    'run',
    '--ledgers',
    folder,
    '--year',
    '2026',
    '--today',
    '2026-12-01',
    '--out',
    join(work, `${name}-out`),
    '--data',
    join(work, `${name}-data`),
    '--fresh',
  ];
  json = await runCli([...args('json'), '--json'], {}, work);
  table = await runCli(args('table'), {}, work);
}, 180_000);

describe('shuangpei run over a mixed folder of clerk files', () => {
  it('prints exactly one JSON document on stdout and exits 1 (rows with errors, files refused)', () => {
    expect(json.stderr).not.toContain('内部错误');
    expect(json.stdout.trimStart().startsWith('{')).toBe(true);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect([json.code, table.code]).toEqual([1, 1]);
  });

  it('accounts for every file: format found by content, read or refused with the reason', () => {
    const { files } = JSON.parse(json.stdout);
    const broken = '文件已损坏或不完整。请用 Excel 或 WPS 打开，另存为“Excel 工作簿 (*.xlsx)”后重试';
    const noLedger =
      '没有找到任何台账：工作表的表头与模板不一致（可用 shuangpei template 生成模板，对照表头）';
    expect(
      files.map((f: Record<string, unknown>) => [
        f.name,
        f.format,
        f.encoding,
        f.status,
        f.role,
        f.rows,
        f.reason,
      ]),
    ).toEqual([
      ['白沙镇.csv', 'csv', 'gb18030', 'read', 'township', 3, null],
      ['城关镇.xlsx', 'xlsx', null, 'read', 'township', 8, null],
      ['河口乡.xls', 'biff', null, 'read', 'township', 6, null],
      ['龙山乡.csv', 'csv', 'utf-8', 'read', 'township', 3, null],
      ['青山乡.et', 'biff', null, 'read', 'township', 7, null],
      ['说明.txt', 'csv', 'utf-8', 'refused', null, 0, noLedger],
      ['桃花乡.xlsx', null, null, 'refused', null, 0, broken],
      ['县委组织部.xlsx', 'xlsx', null, 'read', 'county', 16, null],
      ['新坪镇.ods', 'ods', null, 'read', 'township', 6, null],
    ]);
    const lines = table.stdout.split('\n');
    const line = (name: string) => lines.find((l) => l.includes(`│ ${name}`))!.replace(/\s*│\s*/g, '|');
    expect(line('白沙镇.csv')).toBe('|白沙镇.csv|CSV 文本（GBK/GB18030）|已读取（白沙镇）|3||');
    expect(line('河口乡.xls')).toBe('|河口乡.xls|Excel 97-2003 / WPS 表格 (.xls/.et)|已读取（河口乡）|6||');
    expect(line('青山乡.et')).toBe('|青山乡.et|Excel 97-2003 / WPS 表格 (.xls/.et)|已读取（青山乡）|7||');
    expect(line('新坪镇.ods')).toBe('|新坪镇.ods|OpenDocument 表格 (.ods)|已读取（新坪镇）|6||');
    expect(line('龙山乡.csv')).toBe('|龙山乡.csv|CSV 文本（UTF-8）|已读取（龙山乡）|3||');
    expect(line('桃花乡.xlsx')).toBe(`|桃花乡.xlsx|—|未读取|0|${broken}|`);
    expect(table.stdout + table.stderr).not.toMatch(
      /central directory|Can't find|https?:\/\/|ODS number format/,
    );
  });

  it('leaves the townships without a readable ledger out of the ranking, rewards and criticism', () => {
    const result = JSON.parse(json.stdout);
    expect(result.notSubmitted).toEqual(['石门镇', '桃花乡']);
    expect(result.missingTownships).toEqual([
      {
        township: '石门镇',
        status: 'notSubmitted',
        file: null,
        reason: '文件夹中没有「石门镇」的台账（应为 石门镇.xlsx 等）',
      },
      {
        township: '桃花乡',
        status: 'unreadable',
        file: '桃花乡.xlsx',
        reason: '文件已损坏或不完整。请用 Excel 或 WPS 打开，另存为“Excel 工作簿 (*.xlsx)”后重试',
      },
    ]);
    expect(table.stdout).toMatch(/│ 石门镇 │ 未提交\s+│ —\s+│/);
    expect(table.stdout).toMatch(/│ 桃花乡 │ 无法读取 │ 桃花乡\.xlsx │/);
  });

  it('ranks the six townships read, every figure as the rows give it', () => {
    const { ranking } = JSON.parse(json.stdout);
    const points = (t: { indicators: { id: string; points: number }[] }) =>
      Object.fromEntries(t.indicators.map((i) => [i.id, i.points]));
    // 城关镇: 1 of 2 targets admitted (the best: 25), 2 of 2 valid members with a skill (15), under 35 1/2 and
    // high school 2/2 (both the best: 10), 5 of 8 rows without errors (62.5 → 6.25) = 56.25;
    // total 0.7 × 56.25 + 0.3 × 90 = 66.38. The CSV townships have no 农民党员 tab: skills and structure 0.
    expect(
      ranking.map((t: Record<string, unknown>) => [
        t.rank,
        t.township,
        t.quantitative,
        t.total,
        t.band,
        t.mark,
      ]),
    ).toEqual([
      [1, '城关镇', 56.25, 66.38, '合格', 'reward'],
      // Six ranked townships: one 表彰 and one 通报批评 (a quarter each, at least one; mark-counts.ts).
      [2, '河口乡', 51.67, 61.67, '合格', null],
      [3, '青山乡', 55, 59.5, '不合格', null],
      [4, '新坪镇', 51.67, 58.67, '不合格', null],
      [5, '龙山乡', 35, 50.9, '不合格', null],
      [6, '白沙镇', 35, 48.5, '不合格', 'criticism'],
    ]);
    expect(points(ranking[0])).toEqual({
      development: 25,
      mentoring: 0,
      training: 0,
      skills: 15,
      structure: 10,
      demonstration: 0,
      dataQuality: 6.25,
    });
    expect(points(ranking[2])).toEqual({
      development: 25,
      mentoring: 0,
      training: 0,
      skills: 11.25,
      structure: 8.75,
      demonstration: 0,
      dataQuality: 10,
    });
  });

  it('pushes the rows of every format read; 城关镇 has its error values, formula and lost ID digits counted', () => {
    const { pushed } = JSON.parse(json.stdout);
    const counts = pushed.map(
      (p: { source: string; tabs: { tab: string; counts: Record<string, number> }[] }) => [
        p.source,
        p.tabs
          .map((t) => `${t.tab} ${t.counts.created}/${t.counts.withErrors}`)
          .sort((a, b) => a.localeCompare(b, 'zh-CN'))
          .join('，'),
      ],
    );
    expect(counts).toEqual([
      ['全县', '定性考评 8/0，乡镇设置 8/0'],
      ['白沙镇', '乡土人才 3/0'],
      ['城关镇', '农民党员 3/1，乡土人才 5/2'],
      ['河口乡', '农民党员 3/0，乡土人才 3/0'],
      ['龙山乡', '乡土人才 3/0'],
      ['青山乡', '农民党员 4/0，乡土人才 3/0'],
      ['新坪镇', '农民党员 3/0，乡土人才 3/0'],
    ]);
  });

  it('writes a marked copy of every township workbook read into the output folder', () => {
    const { annotated } = JSON.parse(json.stdout);
    expect(
      annotated.map((a: { township: string; file: string; errors: number; warnings: number }) => [
        a.township,
        a.file,
        a.errors,
        a.warnings,
      ]),
    ).toEqual([
      ['白沙镇', join(work, 'json-out', '台账标注-白沙镇.xlsx'), 0, 0],
      ['城关镇', join(work, 'json-out', '台账标注-城关镇.xlsx'), 6, 3],
      ['河口乡', join(work, 'json-out', '台账标注-河口乡.xlsx'), 0, 0],
      ['龙山乡', join(work, 'json-out', '台账标注-龙山乡.xlsx'), 0, 0],
      ['青山乡', join(work, 'json-out', '台账标注-青山乡.xlsx'), 0, 1],
      ['新坪镇', join(work, 'json-out', '台账标注-新坪镇.xlsx'), 0, 0],
    ]);
    expect(table.stdout).toContain(
      '已写出 6 个乡镇的标注台账（台账标注-乡镇.xlsx，2 个有问题，错误标红、提示标黄并加批注）',
    );
  });
});
