import { describe, expect, it } from 'vitest';
import {
  membersLedger,
  pairsLedger,
  talentsLedger,
  trainingsLedger,
} from '../../../functions/src/core/ledgers';
import { validateRow } from '../../../functions/src/core/validation';
import { ID, memberRow, pairRow, TODAY, talentRow, trainingRow } from '../../fixtures/ledger-rows';

const ctx = { today: TODAY };
const issues = (result: {
  errors: { ruleId: string; message: string }[];
  warnings: { ruleId: string; message: string }[];
}) => ({
  errors: result.errors.map((e) => `${e.ruleId} ${e.message}`),
  warnings: result.warnings.map((e) => `${e.ruleId} ${e.message}`),
});
const noParty = {
  入党申请日期: '',
  确定积极分子日期: '',
  列为发展对象日期: '',
  接收预备党员日期: '',
  转正日期: '',
};

describe('party development (乡土人才)', () => {
  it('refuses an application before 18', () => {
    const row = {
      ...talentRow,
      ...noParty,
      身份证号: ID.minor,
      政治面貌: '入党申请人',
      入党申请日期: '2026-05-01',
    };
    expect(issues(validateRow(talentsLedger, row, ctx)).errors).toEqual([
      'talent.apply-age 入党申请日期：申请时未满18周岁（出生于2008-05-02），请核对',
    ]);
    expect(validateRow(talentsLedger, { ...row, 入党申请日期: '2026-05-02' }, ctx).errors).toEqual([]);
  });

  it('wants the dates 政治面貌 implies, and no later ones', () => {
    const row = {
      ...talentRow,
      ...noParty,
      政治面貌: '预备党员',
      入党申请日期: '2022-01-05',
      确定积极分子日期: '2022-03-01',
    };
    expect(issues(validateRow(talentsLedger, row, ctx)).errors).toEqual([
      'talent.status-dates 列为发展对象日期：政治面貌为“预备党员”时必须填写列为发展对象日期',
      'talent.status-dates 接收预备党员日期：政治面貌为“预备党员”时必须填写接收预备党员日期',
    ]);
    const ahead = { ...talentRow, ...noParty, 政治面貌: '群众', 入党申请日期: '2024-01-05' };
    expect(issues(validateRow(talentsLedger, ahead, ctx)).errors).toEqual([
      'talent.status-dates 入党申请日期：政治面貌为“群众”，不应填写入党申请日期；如已成为入党申请人，请把政治面貌改为“入党申请人”',
    ]);
  });

  it('keeps the order 申请 ≤ 积极分子 ≤ 发展对象 ≤ 预备 ≤ 转正', () => {
    const row = { ...talentRow, 入党申请日期: '2023-07-01', 确定积极分子日期: '2023-06-01' };
    expect(issues(validateRow(talentsLedger, row, ctx)).errors).toEqual([
      'talent.dates-order 确定积极分子日期：2023-06-01 早于入党申请日期（2023-07-01），请核对先后顺序',
    ]);
  });

  it('needs a full year between 确定积极分子 and 列为发展对象', () => {
    const row = { ...talentRow, 列为发展对象日期: '2024-05-31' };
    expect(issues(validateRow(talentsLedger, row, ctx)).errors).toEqual([
      'talent.activist-one-year 列为发展对象日期：确定积极分子后须经一年以上培养考察才能列为发展对象，最早为 2024-06-01',
    ]);
  });

  it('bounds the 预备期 between one and two years', () => {
    const base = {
      ...talentRow,
      政治面貌: '正式党员',
      入党申请日期: '2020-01-10',
      确定积极分子日期: '2020-03-01',
      列为发展对象日期: '2021-03-01',
      接收预备党员日期: '2021-07-01',
    };
    expect(validateRow(talentsLedger, { ...base, 转正日期: '2022-07-01' }, ctx).errors).toEqual([]);
    expect(validateRow(talentsLedger, { ...base, 转正日期: '2023-07-01' }, ctx).errors).toEqual([]);
    expect(issues(validateRow(talentsLedger, { ...base, 转正日期: '2022-06-30' }, ctx)).errors).toEqual([
      'talent.probation-length 转正日期：预备期为一年，转正日期最早为 2022-07-01',
    ]);
    expect(issues(validateRow(talentsLedger, { ...base, 转正日期: '2023-07-02' }, ctx)).errors).toEqual([
      'talent.probation-length 转正日期：预备期最多延长一年，转正日期不能晚于 2023-07-01，请核对',
    ]);
    const stuck = { ...base, 政治面貌: '预备党员', 接收预备党员日期: '2024-11-24', 转正日期: '' };
    expect(issues(validateRow(talentsLedger, stuck, ctx))).toEqual({
      errors: [],
      warnings: [
        'talent.probation-overdue 接收预备党员日期：预备期已超过两年（应不晚于 2026-11-24 转正），请核实是否已转正或取消预备党员资格',
      ],
    });
  });

  it('checks 性别 against the ID number and refuses future dates', () => {
    const row = { ...talentRow, 性别: '女', 入库日期: '2026-11-26' };
    expect(issues(validateRow(talentsLedger, row, ctx)).errors).toEqual([
      'date.not-future 入库日期：2026-11-26 晚于今天（2026-11-25），请核对',
      'person.sex-matches-id 性别：与身份证号不符（身份证号显示为男），请核对',
    ]);
  });
});

describe('农民党员', () => {
  it('refuses joining before 18 and a 正式党员 of less than a year', () => {
    const young = { ...memberRow, 身份证号: ID.minor, 入党日期: '2026-05-01', 党员类别: '预备党员' };
    expect(issues(validateRow(membersLedger, young, ctx)).errors).toEqual([
      'member.join-age 入党日期：入党时未满18周岁（出生于2008-05-02），请核对',
    ]);
    const early = { ...memberRow, 入党日期: '2026-01-01' };
    expect(issues(validateRow(membersLedger, early, ctx)).errors).toEqual([
      'member.category-matches-date 党员类别：入党不满一年（2027-01-01 才满一年），党员类别应为预备党员',
    ]);
  });

  it('warns about a long 预备期 and odd skills', () => {
    const row = {
      ...memberRow,
      党员类别: '预备党员',
      入党日期: '2024-01-01',
      实用技术一: '',
      实用技术二: '养蜂',
    };
    expect(issues(validateRow(membersLedger, row, ctx))).toEqual({
      errors: [],
      warnings: [
        'member.category-matches-date 党员类别：入党已超过两年仍是预备党员，请核实是否已转正',
        'member.skills-order 实用技术一：填写了实用技术二但实用技术一为空，请先填实用技术一',
      ],
    });
  });
});

describe('帮带结对', () => {
  it('needs two different mentors for 2+1 and none twice', () => {
    expect(issues(validateRow(pairsLedger, { ...pairRow, 帮带人二身份证号: '' }, ctx)).errors).toEqual([
      'pair.shape 帮带人二身份证号：“2+1”须由两名正式党员帮带，请填写帮带人二身份证号',
    ]);
    expect(
      issues(validateRow(pairsLedger, { ...pairRow, 帮带人二身份证号: ID.memberA }, ctx)).errors,
    ).toEqual(['pair.distinct-people 帮带人二身份证号：与帮带人一是同一人，“2+1”须由两名不同的党员帮带']);
    expect(
      issues(validateRow(pairsLedger, { ...pairRow, 被帮带人身份证号: ID.memberB }, ctx)).errors,
    ).toEqual(['pair.distinct-people 被帮带人身份证号：被帮带人不能同时是帮带人，请核对']);
  });

  it('needs one mentor and a project for 1+1', () => {
    const row = {
      ...pairRow,
      帮带类型: '1+1',
      帮带人一身份证号: ID.talentB,
      被帮带人身份证号: ID.memberC,
      帮带职责: '技术、项目',
    };
    expect(issues(validateRow(pairsLedger, row, ctx)).errors).toEqual([
      'pair.shape 帮带人二身份证号：“1+1”只有一名帮带人，请清空帮带人二身份证号',
      'pair.shape 帮带项目：“1+1”须确定帮带项目，请填写',
    ]);
    expect(
      validateRow(pairsLedger, { ...row, 帮带人二身份证号: '', 帮带项目: '柑橘修剪' }, ctx).errors,
    ).toEqual([]);
  });

  it('warns when a 2+1 plan is not two years, or a pair runs past its plan', () => {
    expect(
      issues(validateRow(pairsLedger, { ...pairRow, 计划结束日期: '2026-12-31' }, ctx)).warnings,
    ).toEqual(['pair.planned-length 计划结束日期：“2+1”规定帮带时间为两年，计划结束日期一般为 2027-03-01']);
    const late = { ...pairRow, 开始日期: '2024-03-01', 计划结束日期: '' };
    expect(issues(validateRow(pairsLedger, late, ctx))).toEqual({
      errors: [],
      warnings: ['pair.overdue 状态：已超过计划结束日期（2026-03-01）仍在进行中，请更新状态或填写成效'],
    });
    expect(
      validateRow(pairsLedger, { ...pairRow, 计划结束日期: '2024-01-01' }, ctx).errors.map((e) => e.message),
    ).toEqual(['计划结束日期：2024-01-01 早于开始日期（2025-03-01），请核对']);
  });
});

describe('培训记录', () => {
  it('never lets a sub-count exceed 参训人数', () => {
    const row = { ...trainingRow, 参训人数: 30, 其中党员人数: 35, 掌握实用技术人数: 31 };
    expect(issues(validateRow(trainingsLedger, row, ctx)).errors).toEqual([
      'training.sub-counts 其中党员人数：其中党员人数（35）不能超过参训人数（30），请核对',
      'training.sub-counts 掌握实用技术人数：掌握实用技术人数（31）不能超过参训人数（30），请核对',
    ]);
  });

  it('ends after it starts and has hours', () => {
    const row = { ...trainingRow, 结束日期: '2026-03-09', 学时: 0 };
    expect(issues(validateRow(trainingsLedger, row, ctx)).errors).toEqual([
      'training.dates 结束日期：2026-03-09 早于开班日期（2026-03-10），请核对',
      'training.hours 学时：学时应大于 0',
    ]);
  });
});
