// 乡土人才 row rules: party development (order, intervals, age, dates matching 政治面貌).
import { describe, expect, it } from 'vitest';
import { talentsLedger } from '../../../../functions/src/core/ledgers';
import { validateRow } from '../../../../functions/src/core/validation';
import { ID, noParty, TODAY, talentRow } from '../../../fixtures/ledger-rows';
import { issues } from '../../../fixtures/row-issues';

const ctx = { today: TODAY };

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
    // 细则第三十二条: an extension is no less than half a year and no more than one year.
    expect(issues(validateRow(talentsLedger, { ...base, 转正日期: '2022-10-01' }, ctx))).toEqual({
      errors: [],
      warnings: [
        'talent.probation-length 转正日期：预备期满为 2022-07-01；延长预备期不能少于半年（转正不早于 2023-01-01），按期转正的转正日期应为 2022-07-01，请核对',
      ],
    });
    expect(validateRow(talentsLedger, { ...base, 转正日期: '2023-01-01' }, ctx).warnings).toEqual([]);
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
