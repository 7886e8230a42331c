// 农民党员 row rules: age at joining, 党员类别 against 入党日期, skills.
import { describe, expect, it } from 'vitest';
import { membersLedger } from '../../../../functions/src/core/ledgers';
import { validateRow } from '../../../../functions/src/core/validation';
import { ID, memberRow, TODAY } from '../../../fixtures/ledger-rows';
import { issues } from '../../../fixtures/row-issues';

const ctx = { today: TODAY };

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

// Issue 14, defect 11: one wrong 入党日期 (in the future) used to be two errors, the second (党员类别应为预备党员)
// only a consequence of the first. The cause is reported once.
describe('one mistake, one message', () => {
  it('reports a future 入党日期 once, not again as a wrong 党员类别', () => {
    expect(issues(validateRow(membersLedger, { ...memberRow, 入党日期: '2027-07-01' }, ctx))).toEqual({
      errors: ['date.not-future 入党日期：2027-07-01 晚于今天（2026-11-25），请核对'],
      warnings: [],
    });
  });

  it('still reports 党员类别 when 入党日期 is right but recent', () => {
    expect(issues(validateRow(membersLedger, { ...memberRow, 入党日期: '2026-07-01' }, ctx)).errors).toEqual([
      'member.category-matches-date 党员类别：入党不满一年（2027-07-01 才满一年），党员类别应为预备党员',
    ]);
  });
});
