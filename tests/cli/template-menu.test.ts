// `shuangpei template --menu 县级表格.xlsx`: the township template's 培训申报.课程名称 lists the county's courses.
import { access, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainingMenuLedger } from '../../functions/src/core/ledgers';
import { headersOf, inTemplateOrder } from '../fixtures/ledger-rows';
import { runCli } from './run-cli';

let dir: string;
let county: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shuangpei-template-menu-'));
  expect((await runCli(['template', '--out', join(dir, 'blank')])).code).toBe(0);
  // The county fills the 培训菜单 of its template; the third row lacks 学时 and does not count.
  county = join(dir, 'blank', '县级表格模板.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(county);
  const sheet = book.getWorksheet('培训菜单')!;
  const rows = [
    ['农村电商', '市场营销', '集中办班', 24],
    ['柑橘栽培技术', '农村实用技术', '现场观摩', 12],
    ['安全生产', '其他', '送教下乡', ''],
  ];
  rows.forEach(([课程名称, 培训类别, 培训形式, 学时], i) => {
    const row = { 课程名称, 培训类别, 培训形式, 学时 };
    sheet.getRow(i + 2).values = inTemplateOrder(headersOf(trainingMenuLedger), row) as ExcelJS.CellValue[];
  });
  await book.xlsx.writeFile(county);
}, 60_000);

describe('shuangpei template --menu', () => {
  it('gives 培训申报.课程名称 a dropdown of the county workbook’s valid courses', async () => {
    const out = join(dir, 'json');
    const made = await runCli(['template', '--out', out, '--menu', county, '--json']);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toEqual({
      files: [join(out, '乡镇台账模板.xlsx'), join(out, '县级表格模板.xlsx')],
      choices: [{ tab: '培训申报', header: '课程名称', options: ['柑橘栽培技术', '农村电商'] }],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, '乡镇台账模板.xlsx'));
    expect(book.getWorksheet('培训申报')!.getCell('B2').dataValidation?.formulae).toEqual([
      "'下拉选项'!$A$1:$A$2",
    ]);
    const validate = await runCli(['validate', join(out, '乡镇台账模板.xlsx'), '--today', '2026-11-25']);
    expect(validate.code).toBe(0);
  });

  it('says where the list came from', async () => {
    const made = await runCli(['template', '--out', join(dir, 'text'), '--menu', county]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`「培训申报」的课程名称列有下拉列表（2 项，取自 ${county}）。`);
  });

  it('refuses a workbook without 培训菜单, exits 2 and writes nothing', async () => {
    const township = join(dir, 'blank', '乡镇台账模板.xlsx');
    const out = join(dir, 'refused');
    const made = await runCli(['template', '--out', out, '--menu', township]);
    expect([made.code, made.stderr.trim()]).toEqual([
      2,
      `✘ ${township} 中没有「培训菜单」表：--menu 应指向县级表格（可用 shuangpei template 生成）`,
    ]);
    await expect(access(out)).rejects.toThrow();
  });
});
