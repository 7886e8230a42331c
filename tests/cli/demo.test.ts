import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from './run-cli';

let work: string;
let first: CliRun;
const today = '2026-11-25';
const dirs = () => [
  '--ledgers',
  join(work, 'ledgers'),
  '--out',
  join(work, 'out'),
  '--data',
  join(work, 'data'),
  '--today',
  today,
];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'shuangpei-cli-'));
  first = await runCli(['demo', '--scale', '0.05', '--json', ...dirs()]);
}, 180_000);

describe('shuangpei demo on a small generated county', () => {
  it('runs end to end and prints the whole assessment as JSON', () => {
    expect(first.stderr).not.toContain('内部错误');
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result).toMatchObject({ county: '示范县', year: 2026, today });
    expect(result.ranking.map((t: { rank: number }) => t.rank)).toEqual(
      result.ranking.map((_: unknown, i: number) => i + 1),
    );
    expect(result.ranking[0].indicators.map((i: { id: string }) => i.id)).toEqual([
      'development',
      'mentoring',
      'training',
      'skills',
      'structure',
      'demonstration',
      'dataQuality',
    ]);
    expect(Object.keys(result.statistics)).toContain('membersUnder35Share');
    expect(result.statistics.talentPool.value).toBeGreaterThan(100);
    expect(result.summaries.every((s: { ok: boolean }) => s.ok)).toBe(true);
    // Every tab of every workbook went through ingest, the new ledgers included.
    for (const source of result.pushed.slice(1)) {
      expect(source.tabs.map((t: { tab: string }) => t.tab).sort()).toEqual(
        ['乡土人才', '农民党员', '帮带结对', '帮带记录', '培训申报', '培训记录', '示范基地'].sort(),
      );
    }
    expect(result.pushed[0].tabs.map((t: { tab: string }) => t.tab)).toEqual([
      '乡镇设置',
      '定性考评',
      '培训菜单',
      '联系点',
      '督办记录',
    ]);
    expect(result.statistics.mentoringContacts.value).toBeGreaterThan(50);
    expect(
      result.ranking.every(
        (t: { indicators: { id: string; score: number }[] }) =>
          t.indicators.find((i) => i.id === 'mentoring')!.score > 0,
      ),
    ).toBe(true);
    expect(result.timings.map((t: { stage: string }) => t.stage)).toContain(
      '同步台账（经 ingest 接口，与表格脚本相同）',
    );
    expect(first.stdout).not.toMatch(/[1-6]\d{5}(19|20)\d{9}[\dX]/);
  });

  it('leaves the county summary and one feedback workbook per township in --out', async () => {
    const result = JSON.parse(first.stdout);
    const files = (await readdir(join(work, 'out'))).sort();
    expect(files).toEqual(
      [
        '全县考评汇总.xlsx',
        ...result.ranking.map((t: { township: string }) => `本乡镇考评-${t.township}.xlsx`),
      ].sort(),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(work, 'out', '全县考评汇总.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '考评排名',
      '全县统计',
      '预警提醒',
      '数据质量',
      '菜单式培训',
      '联系点督办',
    ]);
    const ranking = book.getWorksheet('考评排名')!;
    expect(String(ranking.getCell('A2').value)).toMatch(
      /^计算时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}　考评年度：2026$/,
    );
    expect(ranking.getCell('B4').value).toBe('乡镇');
    expect(ranking.getCell('B5').value).toBe(result.ranking[0].township);
    expect(ranking.getCell('N5').value).toBe(result.ranking[0].total);
    const stats = book.getWorksheet('全县统计')!;
    expect(stats.getCell('A5').value).toBe('乡土人才库人数');
    expect(stats.getCell('B5').value).toBe(result.statistics.talentPool.value);
  });

  it('changes nothing when the same folder is imported again', async () => {
    const again = await runCli(['run', '--json', ...dirs()]);
    expect(again.code).toBe(0);
    const pushed = JSON.parse(again.stdout).pushed.flatMap(
      (p: { tabs: { counts: Record<string, number> }[] }) => p.tabs.map((t) => t.counts),
    );
    const total = (k: string) => pushed.reduce((n: number, c: Record<string, number>) => n + c[k]!, 0);
    expect([total('created'), total('updated'), total('deleted')]).toEqual([0, 0, 0]);
    expect(total('unchanged')).toBeGreaterThan(500);
  }, 120_000);
});
