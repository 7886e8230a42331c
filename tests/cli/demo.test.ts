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
        '示范县-全县考评汇总.xlsx',
        ...result.ranking.map((t: { township: string }) => `示范县-本乡镇考评-${t.township}.xlsx`),
        ...result.ranking.map((t: { township: string }) => `台账标注-${t.township}.xlsx`),
        '考评结果通报-2026.docx',
        '双培双带工作总结-2026.docx',
      ].sort(),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(work, 'out', '示范县-全县考评汇总.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '考评排名',
      '全县统计',
      '预警提醒',
      '数据质量',
      '菜单式培训',
      '联系点督办',
      '通报草稿',
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
    const headerOf = (tab: string) => (book.getWorksheet(tab)!.getRow(4).values as unknown[]).slice(1);
    expect(headerOf('预警提醒')).toEqual([
      '乡镇',
      '类别',
      '台账',
      '行号',
      '姓名',
      '身份证号',
      '到期日期',
      '需要做的事',
    ]);
    expect(headerOf('数据质量')).toEqual([
      '乡镇',
      '台账行数',
      '有错误行',
      '有提示行',
      '重复登记',
      '无错误占比',
      '主要问题',
    ]);
    expect(headerOf('菜单式培训')[0]).toBe('乡镇');
    expect(headerOf('联系点督办')[0]).toBe('乡镇');
    // One 预警提醒 row per reminder (then a blank row and the note), every ID number masked.
    const reminders = book.getWorksheet('预警提醒')!;
    const count = result.reminders.length;
    expect(count).toBeGreaterThan(5);
    const ids = Array.from({ length: count }, (_, i) => reminders.getCell(`F${i + 5}`).value);
    expect(ids.filter(Boolean).length).toBeGreaterThan(0);
    for (const id of ids.filter(Boolean)) expect(id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(reminders.getCell(`A${count + 4}`).value).toBe(result.reminders.at(-1).township);
    expect(reminders.getCell(`A${count + 5}`).value ?? null).toBeNull();
    // 数据质量 lists every township, the planted mistakes show as rows with errors.
    const quality = book.getWorksheet('数据质量')!;
    const townships = Array.from(
      { length: result.ranking.length },
      (_, i) => quality.getCell(`A${i + 5}`).value,
    );
    expect([...townships].sort()).toEqual(result.ranking.map((t: { township: string }) => t.township).sort());
    const feedback = new ExcelJS.Workbook();
    const top = result.ranking[0].township;
    await feedback.xlsx.readFile(join(work, 'out', `示范县-本乡镇考评-${top}.xlsx`));
    expect(feedback.worksheets.map((w) => w.name)).toEqual(['本乡镇考评']);
    const own = feedback.getWorksheet('本乡镇考评')!;
    expect(own.getCell('A1').value).toBe(`${top}2026年度“双培双带”考评结果`);
    expect((own.getRow(4).values as unknown[]).slice(1)).toEqual(['项目', '得分 / 结果', '说明']);
  });

  it('changes nothing when the same folder is imported again', async () => {
    const again = await runCli(['run', '--json', ...dirs()]);
    // The sample county holds mistakes on purpose: `run`, unlike `demo`, says so with exit 1.
    expect(again.code).toBe(1);
    const pushed = JSON.parse(again.stdout).pushed.flatMap(
      (p: { tabs: { counts: Record<string, number> }[] }) => p.tabs.map((t) => t.counts),
    );
    const total = (k: string) => pushed.reduce((n: number, c: Record<string, number>) => n + c[k]!, 0);
    expect([total('created'), total('updated'), total('deleted')]).toEqual([0, 0, 0]);
    expect(total('unchanged')).toBeGreaterThan(500);
  }, 120_000);
});
