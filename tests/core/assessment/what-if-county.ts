// A twelve-township county small enough to check by hand, where three indicators decide the ranking:
// 乡土人才发展党员 (talents admitted of a target of 12), 帮带覆盖 (of 14 pairs, those met this year) and 数据质量
// (培训申报 rows with a wrong 预计参训人数). Everything else is alike: two young, 高中, skilled members each
// (技能 and 结构 score 100 everywhere), no classes and no bases (0 everywhere), 定性考评 80 for all.
// So quantitative = 25 × admitted/12 ÷ best + 15 × met/16 ÷ best + 15 + 10 + 10 × clean share ÷ best, and
// total = 0.7 × quantitative + 24. Rows are made as a sheet sends them and validated by the real row rules.
import type { AssessedRow, AssessmentInput, AssessmentResult } from '../../../functions/src/core/assessment';
import { composeIdNumber } from '../../../functions/src/core/id-number';
import { assessSmall, logCells, pairCells, sheetRow } from '../../fixtures/small-county';

export interface TownshipPlan {
  township: string;
  /** Talents admitted as 预备党员 in 2026. */
  admitted: number;
  /** Of the 14 pairs, how many have a 帮带记录 in 2026. */
  met: number;
  /** Of the 20 培训申报 rows, how many carry an error. */
  broken: number;
}

export const PAIRS = 14;
export const TARGET = 12;
export const REQUESTS = 20;

export const PLANS: TownshipPlan[] = [
  { township: '城关镇', admitted: 12, met: 14, broken: 0 },
  { township: '新坪镇', admitted: 11, met: 12, broken: 1 },
  { township: '桃林镇', admitted: 10, met: 13, broken: 0 },
  { township: '龙潭镇', admitted: 9, met: 10, broken: 1 },
  { township: '高桥镇', admitted: 9, met: 9, broken: 0 },
  { township: '长乐镇', admitted: 8, met: 12, broken: 1 },
  { township: '清水乡', admitted: 8, met: 10, broken: 2 },
  { township: '金鸡乡', admitted: 7, met: 9, broken: 0 },
  { township: '石门乡', admitted: 5, met: 7, broken: 3 },
  { township: '白沙镇', admitted: 3, met: 6, broken: 2 },
  { township: '青山乡', admitted: 1, met: 9, broken: 4 },
  { township: '河口乡', admitted: 5, met: 7, broken: 20 },
];

/** Names of people (a name holds no digits): 人才甲, 人才乙 … */
const CHARS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
const named = (prefix: string, n: number) => `${prefix}${CHARS[n]}`;

/** Every person gets their own number across the county (pairs are looked up county-wide by mentee). */
let sequence = 0;
const idBornOn = (birth: string) => composeIdNumber('430521', birth, ++sequence);

const talentCells = (name: string, idNumber: string, admittedOn?: string) => ({
  姓名: name,
  身份证号: idNumber,
  '所在村(社区)': '一村',
  特长类别: '农',
  是否拔尖人才: '否',
  入库日期: '2022-10-01',
  政治面貌: admittedOn ? '预备党员' : '群众',
  入党申请日期: admittedOn ? '2023-02-01' : '',
  确定积极分子日期: admittedOn ? '2023-04-01' : '',
  列为发展对象日期: admittedOn ? '2024-05-01' : '',
  接收预备党员日期: admittedOn ?? '',
});

const memberCells = (name: string, idNumber: string) => ({
  姓名: name,
  身份证号: idNumber,
  文化程度: '高中',
  '所在村(社区)': '一村',
  入党日期: '2018-07-01',
  党员类别: '正式党员',
  实用技术一: '柑橘栽培',
  是否致富能手: '否',
  村级职务: '无',
});

const requestCells = (no: string, broken: boolean) => ({
  申报编号: no,
  课程名称: '柑橘栽培',
  期望开始日期: '2026-12-10',
  预计参训人数: broken ? '四十' : 40,
  状态: '待审核',
});

/** The ledger rows of one township; `key`s are stable so a what-if can add or replace rows by key. */
export interface TownshipLedgers {
  plan: TownshipPlan;
  rows: AssessedRow[];
  /** The mentees of pairs without a 帮带记录 this year, in pair order. */
  unmet: string[];
}

export function townshipLedgers(plan: TownshipPlan): TownshipLedgers {
  const t = plan.township;
  const rows: AssessedRow[] = [];
  const mentors = [idBornOn('1995-03-01'), idBornOn('1996-05-01')];
  for (const [i, id] of mentors.entries())
    rows.push(sheetRow(t, 'members', `m${i}`, i + 2, memberCells(named('党员', i), id)));
  const mentees = Array.from({ length: PAIRS }, () => idBornOn('1988-06-01'));
  for (const [i, id] of mentees.entries()) {
    rows.push(sheetRow(t, 'talents', `t${i}`, i + 2, talentCells(named('人才', i), id)));
    rows.push(
      sheetRow(
        t,
        'pairs',
        `p${i}`,
        i + 2,
        pairCells('2+1', mentors, id, '2026-02-01', '进行中', '2028-02-01'),
      ),
    );
  }
  for (let i = 0; i < plan.admitted; i++) rows.push(admittedTalent(t, i));
  for (let i = 0; i < plan.met; i++)
    rows.push(sheetRow(t, 'mentoringLogs', `l${i}`, i + 2, logCells('2+1', mentees[i]!, '2026-06-15')));
  for (let i = 0; i < REQUESTS; i++)
    rows.push(
      sheetRow(t, 'trainingRequests', `r${i}`, i + 2, requestCells(`2026-${i + 1}`, i < plan.broken)),
    );
  return { plan, rows, unmet: mentees.slice(plan.met) };
}

/** A talent admitted as 预备党员 on 2026-04-01 (the n-th of the township), as a new row. */
export const admittedTalent = (township: string, n: number): AssessedRow =>
  sheetRow(
    township,
    'talents',
    `a${n}`,
    100 + n,
    talentCells(named('新党员', n), idBornOn('1990-01-01'), '2026-04-01'),
  );

/** A 帮带记录 for a pair not met this year, as a new row. */
export const logFor = (township: string, mentee: string, n: number): AssessedRow =>
  sheetRow(township, 'mentoringLogs', `x${n}`, 200 + n, logCells('2+1', mentee, '2026-11-01'));

/** The n-th 培训申报 row with its 预计参训人数 corrected (same key: it replaces the broken row). */
export const fixedRequest = (township: string, n: number): AssessedRow =>
  sheetRow(township, 'trainingRequests', `r${n}`, n + 2, requestCells(`2026-${n + 1}`, false));

/** The county's ledgers from `plans` (default: PLANS), people numbered from 1 again. */
export function countyLedgers(plans: readonly TownshipPlan[] = PLANS): Map<string, TownshipLedgers> {
  sequence = 0;
  return new Map(plans.map((p) => [p.township, townshipLedgers(p)]));
}

export const NAMES = PLANS.map((p) => p.township);

export const assessLedgers = (
  rows: readonly AssessedRow[],
  overrides: Partial<AssessmentInput> = {},
): AssessmentResult =>
  assessSmall(NAMES, rows, {
    townships: NAMES.map((township) => ({ township, annualTarget: TARGET, spreadsheetId: null })),
    ...overrides,
  });

export const allRows = (ledgers: ReadonlyMap<string, TownshipLedgers>): AssessedRow[] =>
  [...ledgers.values()].flatMap((l) => l.rows);
