// `shuangpei validate` checks the references a workbook answers for itself and says once what it cannot.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  liaisonPointsLedger,
  membersLedger,
  mentoringLogsLedger,
  pairsLedger,
  supervisionVisitsLedger,
  talentsLedger,
  townshipSettingsLedger,
  trainingMenuLedger,
  trainingRequestsLedger,
  trainingsLedger,
} from '../../functions/src/core/ledgers';
import { writeLedgerWorkbook } from '../../functions/src/local/workbooks';
import {
  COUNTY_OFFICE,
  generateSampleCounty,
  type MistakeKind,
  writeSampleCounty,
} from '../../tools/sample-county';
import { ID, memberRow, pairRow, TODAY, talentRow, trainingRow } from '../fixtures/ledger-rows';
import { runCli } from './run-cli';

let dir: string;
const township = () => join(dir, '城关镇.xlsx');
const countyBook = () => join(dir, '县级表格.xlsx');
const validate = async (...args: string[]) => {
  const run = await runCli(['validate', ...args, '--today', TODAY, '--json']);
  return { code: run.code, ...JSON.parse(run.stdout) };
};

const PROBATIONARY = '帮带人一身份证号：此人在城关镇「农民党员」第3行登记为预备党员；“2+1”帮带人须是正式党员';
/** Offline, one township's file cannot know the county's other pairs: said as a warning, checked once pushed. */
const NO_PAIR =
  '被帮带人身份证号：本文件的「帮带结对」中没有对应的行（不在本文件中，推送后按全县台账核对）；如确未登记，请先在本乡镇登记';
const NO_REQUEST = '对应申报编号：本乡镇「培训申报」中没有这个申报编号；请核对，或清空此格';
const NOT_ON_MENU = '课程名称：不在县级「培训菜单」中；请从菜单中选择课程，名称须完全一致';
const UNKNOWN_BAISHA =
  '联系乡镇：「白沙镇」不在「乡镇设置」中；现有乡镇：城关镇、河口乡。请从下拉列表中选择，或先在「乡镇设置」中登记该乡镇';
const NOT_LISTED = '县委常委：不在「联系点」中；请先在「联系点」登记这位县委常委的联系乡镇';
const MENTOR_ELSEWHERE =
  '「帮带结对」的帮带人二身份证号有 1 行在本工作簿的「农民党员」中找不到：可能登记在其他乡镇，离线无法核对，同步后按全县核对';
const MENU_UNCHECKED =
  '「培训申报」的课程名称须在县级表格的「培训菜单」中，离线检查乡镇台账时未核对（2 行）；加 --county 县级表格.xlsx 可一并核对';
const error = (tab: string, row: number, column: string, message: string, severity = 'error') => ({
  tab,
  row,
  column,
  severity,
  message,
});
const warning = (tab: string, row: number, column: string, message: string) =>
  error(tab, row, column, message, 'warning');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shuangpei-validate-'));
  const request = { 期望开始日期: '2027-03-01', 预计参训人数: 40, 状态: '待审核' };
  await writeLedgerWorkbook(township(), [
    { ledger: talentsLedger, rows: [talentRow] },
    {
      ledger: membersLedger,
      rows: [
        memberRow,
        {
          ...memberRow,
          姓名: '周敏',
          身份证号: ID.memberD,
          性别: '女',
          入党日期: '2026-07-01',
          党员类别: '预备党员',
        },
      ],
    },
    // Mentor one is this file's 预备党员; mentor two (memberB) is registered nowhere in this file.
    { ledger: pairsLedger, rows: [{ ...pairRow, 帮带人一身份证号: ID.memberD }] },
    {
      ledger: mentoringLogsLedger,
      rows: [ID.talentA, ID.memberA].map((id) => ({
        帮带类型: '2+1',
        被帮带人身份证号: id,
        帮带日期: '2026-04-01',
        帮带形式: '上门走访',
        帮带内容: '学习党章',
      })),
    },
    {
      ledger: trainingRequestsLedger,
      rows: [
        { ...request, 申报编号: '2026-01', 课程名称: '柑橘栽培技术' },
        { ...request, 申报编号: '2026-02', 课程名称: '柑橘栽培' },
      ],
    },
    {
      ledger: trainingsLedger,
      rows: [
        { ...trainingRow, 对应申报编号: '2026-01' },
        { ...trainingRow, 培训名称: '电商培训班', 对应申报编号: '2026-1' },
      ],
    },
  ]);
  const visit = { 督办日期: '2026-05-01', 乡镇: '城关镇', 督办形式: '实地督查', 督办内容: '推进双培双带' };
  await writeLedgerWorkbook(countyBook(), [
    {
      ledger: townshipSettingsLedger,
      rows: ['城关镇', '河口乡'].map((乡镇) => ({ 乡镇, 年度发展目标: 2 })),
    },
    {
      ledger: trainingMenuLedger,
      rows: [{ 课程名称: '柑橘栽培技术', 培训类别: '农村实用技术', 培训形式: '集中办班', 学时: 16 }],
    },
    {
      ledger: liaisonPointsLedger,
      rows: [
        { 县委常委: '张伟', 联系乡镇: '城关镇' },
        { 县委常委: '张伟', 联系乡镇: '河口乡人民政府' },
        { 县委常委: '李强', 联系乡镇: '河口乡、白沙镇' },
      ],
    },
    {
      ledger: supervisionVisitsLedger,
      rows: [
        { ...visit, 县委常委: '张伟' },
        { ...visit, 县委常委: '张玮' },
      ],
    },
  ]);
}, 60_000);

describe('shuangpei validate, references within the file', () => {
  it('checks pairs, logs and trainings against the same workbook, and notes what it cannot check', async () => {
    expect(await validate(township())).toEqual({
      code: 1,
      file: township(),
      errors: 2,
      warnings: 1,
      problems: [
        error('帮带结对', 2, '帮带人一身份证号', PROBATIONARY),
        warning('帮带记录', 3, '被帮带人身份证号', NO_PAIR),
        error('培训记录', 3, '对应申报编号', NO_REQUEST),
      ],
      notes: [MENTOR_ELSEWHERE, MENU_UNCHECKED],
    });
  });

  it('checks 课程名称 against the 培训菜单 of the county workbook given with --county', async () => {
    const result = await validate(township(), '--county', countyBook());
    expect(result).toMatchObject({ code: 1, county: countyBook(), errors: 3, notes: [MENTOR_ELSEWHERE] });
    expect(result.problems).toContainEqual(error('培训申报', 3, '课程名称', NOT_ON_MENU));
    expect(result.problems).toHaveLength(4);
  });

  it('checks a county workbook’s 联系点 against its 乡镇设置 and 督办记录 against its 联系点', async () => {
    expect(await validate(countyBook())).toEqual({
      code: 1,
      file: countyBook(),
      errors: 2,
      warnings: 0,
      problems: [
        error('联系点', 4, '联系乡镇', UNKNOWN_BAISHA),
        error('督办记录', 3, '县委常委', NOT_LISTED),
      ],
      notes: [],
    });
  });

  it('notes what it cannot check when the tab a reference needs is not in the file', async () => {
    const county = join(dir, '只有联系点.xlsx');
    await writeLedgerWorkbook(county, [
      { ledger: liaisonPointsLedger, rows: [{ 县委常委: '李强', 联系乡镇: '河口乡、白沙镇' }] },
    ]);
    expect(await validate(county)).toMatchObject({
      code: 0,
      problems: [],
      notes: [
        '「联系点」的联系乡镇须对照「乡镇设置」核对，本文件中没有「乡镇设置」表，离线未核对（1 行）：不在本文件中，推送后按全县台账核对',
      ],
    });
    const logsOnly = join(dir, '河口乡.xlsx');
    await writeLedgerWorkbook(logsOnly, [
      {
        ledger: mentoringLogsLedger,
        rows: [
          {
            帮带类型: '2+1',
            被帮带人身份证号: ID.talentA,
            帮带日期: '2026-04-01',
            帮带形式: '上门走访',
            帮带内容: '学习党章',
          },
        ],
      },
    ]);
    expect(await validate(logsOnly)).toMatchObject({
      code: 0,
      problems: [],
      notes: [
        '「帮带记录」的被帮带人身份证号须对照「帮带结对」核对，本文件中没有「帮带结对」表，离线未核对（1 行）：不在本文件中，推送后按全县台账核对',
      ],
    });
  });

  it('prints the column in the table and each note once', async () => {
    const run = await runCli(['validate', township(), '--today', TODAY]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/│ 台账\s+│ 行\s+│ 列\s+│ 类别 │ 问题/);
    expect(run.stdout).toMatch(/│ 帮带记录 │ 3\s+│ 被帮带人身份证号 │ 提示 │ 被帮带人身份证号：本文件的/);
    expect(run.stdout.split(`注：${MENU_UNCHECKED}。`)).toHaveLength(2);
    expect(run.stdout).not.toContain(ID.memberD);
  });

  it('refuses a --county that is not a county workbook, and exits 2', async () => {
    const run = await runCli(['validate', township(), '--county', township()]);
    expect([run.code, run.stderr.trim()]).toEqual([
      2,
      `✘ ${township()} 不是县级表格：--county 应指向含「培训菜单」等县级表的工作簿`,
    ]);
  });
});

describe('shuangpei validate on the sample county', () => {
  const today = '2024-11-25';
  const county = generateSampleCounty({ seed: 11, scale: 0.1, year: 2024, today });
  const sheetRows = (kind: MistakeKind, where: string) =>
    county.mistakes.filter((m) => m.kind === kind && m.township === where).map((m) => m.rowIndex + 2);
  const check = async (name: string, ...args: string[]) => {
    const run = await runCli([
      'validate',
      join(dir, 'sample', `${name}.xlsx`),
      ...args,
      '--today',
      today,
      '--json',
    ]);
    return { code: run.code, ...JSON.parse(run.stdout) };
  };
  const only = (problems: { message: string }[], message: string) =>
    problems.filter((p) => p.message === message);

  beforeAll(() => writeSampleCounty(join(dir, 'sample'), county), 60_000);

  it('reports the planted 帮带记录 without a pair and 对应申报编号 without a request', async () => {
    const at = county.mistakes.find((m) => m.kind === 'log-without-pair')!.township;
    const result = await check(at);
    expect(result.code).toBe(1);
    expect(only(result.problems, NO_PAIR)).toEqual(
      sheetRows('log-without-pair', at).map((row) => warning('帮带记录', row, '被帮带人身份证号', NO_PAIR)),
    );
    expect(only(result.problems, NO_REQUEST)).toEqual(
      sheetRows('unknown-request-number', at).map((row) =>
        error('培训记录', row, '对应申报编号', NO_REQUEST),
      ),
    );
    expect(result.notes.filter((n: string) => n.includes('「培训菜单」'))).toHaveLength(1);
  });

  it('reports the planted course not on the menu with --county, and the planted leader not listed', async () => {
    const at = county.mistakes.find((m) => m.kind === 'course-not-on-menu')!.township;
    const result = await check(at, '--county', join(dir, 'sample', `${COUNTY_OFFICE}.xlsx`));
    expect(only(result.problems, NOT_ON_MENU)).toEqual(
      sheetRows('course-not-on-menu', at).map((row) => error('培训申报', row, '课程名称', NOT_ON_MENU)),
    );
    expect(result.notes.filter((n: string) => n.includes('「培训菜单」'))).toEqual([]);
    const office = await check(COUNTY_OFFICE);
    expect(office.problems).toEqual(
      sheetRows('leader-not-listed', COUNTY_OFFICE).map((row) =>
        error('督办记录', row, '县委常委', NOT_LISTED),
      ),
    );
  });
});
