import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SummaryWriteError, writeSummaryWorkbook } from '../../functions/src/summary';
import { countyDocument } from '../fixtures/summary-document';

let dir: string;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summary-xlsx-'));
  const file = join(dir, 'out', '全县汇总.xlsx');
  await writeSummaryWorkbook({ label: '全县', file }, countyDocument);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sheet = (name: string) => workbook.getWorksheet(name)!;
const grid = (name: string, rows: number, columns: number) =>
  Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => sheet(name).getCell(r + 1, c + 1).value ?? null),
  );
const fillOf = (name: string, ref: string) => {
  const fill = sheet(name).getCell(ref).fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb ?? null;
};

describe('cells', () => {
  test('tabs in document order', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['考评排名', '全县统计', '预警提醒', '数据质量']);
  });

  test('考评排名: title, info in A2, header on row 4, data, notes', () => {
    expect(grid('考评排名', 12, 8)).toEqual([
      ['2026 年度双培双带考评排名', null, null, null, null, null, null, null],
      ['计算时间：2026-11-25 06:00　考评年度：2026', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ['排名', '乡镇', '定量得分', '定性得分', '总分', '等次', '名次变化', null],
      [1, '城关镇', 88.4, 90, 88.88, '表彰', 1, null],
      [2, '河口乡', 76.25, 80, 77.38, null, 0, null],
      [3, '白沙镇', 70.5, 72, 70.95, null, -2, null],
      [4, '青山乡', 41, 60, 46.7, '通报批评', 1, null],
      [null, null, null, null, null, null, null, null],
      ['总分 = 定量得分 × 70% + 定性得分 × 30%', null, null, null, null, null, null, null],
      ['并列时依次比较定量得分、乡镇名称', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
    ]);
  });

  test('the other tabs, text kept literal (=cmd, 001) and NaN left empty', () => {
    expect(grid('全县统计', 8, 4).slice(3)).toEqual([
      ['指标', '本年', '上年', '较上年'],
      ['乡土人才库人数', 4702, 4455, 247],
      ['乡土人才发展为党员', 477, 401, 76],
      ['35岁及以下党员占比', 0.158, 0.149, 0.9],
      ['示范基地年产值(万元)', null, null, null],
    ]);
    expect(grid('预警提醒', 7, 4).slice(3)).toEqual([
      ['类别', '乡镇', '对象', '说明'],
      ['积极分子可列为发展对象', '城关镇', '430521********1234', '确定积极分子已满一年'],
      ['2+1 帮带超期', '白沙镇', '430521********0012', '计划结束日期 2026-10-01 已过'],
      ['进度落后', '青山乡', null, '年度目标 5 人，已发展 0 人'],
    ]);
    expect(grid('数据质量', 9, 5).slice(4)).toEqual([
      ['城关镇', '乡土人才', 2, 0, '=cmd'],
      ['河口乡', '培训记录', 0, 0, null],
      ['白沙镇', '农民党员', 1, 1, '001'],
      [null, null, null, null, null],
      ['示例列照录单元格原文', null, null, null, null],
    ]);
    const cmd = sheet('数据质量').getCell('E5');
    expect([cmd.type, cmd.formula]).toEqual([ExcelJS.ValueType.String, undefined]);
  });
});

describe('formatting', () => {
  test('title bold and larger, header bold on grey', () => {
    expect(sheet('考评排名').getCell('A1').font).toEqual({ bold: true, size: 14 });
    expect(sheet('考评排名').getCell('A2').font).toBeUndefined();
    expect(['A4', 'G4'].map((ref) => [sheet('考评排名').getCell(ref).font, fillOf('考评排名', ref)])).toEqual(
      [
        [{ bold: true }, 'FFEFEFEF'],
        [{ bold: true }, 'FFEFEFEF'],
      ],
    );
  });

  test('row fills per tone across the whole row; bold and muted rows', () => {
    expect(['A5', 'F5', 'G5', 'A6', 'F8', 'G8'].map((ref) => fillOf('考评排名', ref))).toEqual([
      'FFD9EAD3',
      'FFD9EAD3',
      'FFD9EAD3',
      null,
      'FFF4CCCC',
      'FFF4CCCC',
    ]);
    expect(sheet('考评排名').getCell('B8').font).toEqual({ bold: true });
    expect(['A5', 'D6', 'A7'].map((ref) => fillOf('预警提醒', ref))).toEqual([
      'FFFFF2CC',
      'FFFFF2CC',
      'FFF4CCCC',
    ]);
    expect(sheet('数据质量').getCell('A6').font).toEqual({ color: { argb: 'FF808080' } });
  });

  test('number formats', () => {
    const formats = (name: string, refs: string[]) =>
      refs.map((ref) => sheet(name).getCell(ref).numFmt ?? null);
    expect(formats('考评排名', ['A5', 'C5', 'E5', 'G5'])).toEqual([null, '0.0', '0.00', '+0;-0;0']);
    expect(formats('全县统计', ['B5', 'B6', 'B7', 'D7'])).toEqual(['0', null, '0.0%', '+0.0;-0.0;0.0']);
  });

  test('frozen rows and column widths', () => {
    const frozen = (w: ExcelJS.Worksheet) => w.views[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
    expect(workbook.worksheets.map((w) => [frozen(w)?.state, frozen(w)?.ySplit])).toEqual([
      ['frozen', 4],
      ['frozen', 3],
      ['frozen', 4],
      ['frozen', 4],
    ]);
    const widths = (name: string, n: number) =>
      Array.from({ length: n }, (_, c) => sheet(name).getColumn(c + 1).width);
    expect(widths('考评排名', 7)).toEqual([6, 12, 10, 10, 10, 10, 10]);
    // exceljs would drop a width of exactly 9 (its default) from the file, so the writer asks for 9.01.
    expect(widths('全县统计', 4)).toEqual([22, 9.01, 9.01, 8]);
  });
});

test('the file is written in a new folder, replaced on the next run, and no temporary file is left', async () => {
  await writeSummaryWorkbook({ label: '全县', file: join(dir, 'out', '全县汇总.xlsx') }, countyDocument);
  expect(await readdir(join(dir, 'out'))).toEqual(['全县汇总.xlsx']);
});

test('a target without a file is refused', async () => {
  const error = await writeSummaryWorkbook({ label: '全县' }, countyDocument).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SummaryWriteError);
  expect([(error as SummaryWriteError).code, (error as Error).message]).toEqual([
    'SUMMARY_TARGET_INVALID',
    '「全县」没有指定输出文件',
  ]);
});
