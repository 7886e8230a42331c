// 培训记录 row rules: sub-counts, dates, hours.
import { describe, expect, it } from 'vitest';
import { trainingsLedger } from '../../../../functions/src/core/ledgers';
import { validateRow } from '../../../../functions/src/core/validation';
import { TODAY, trainingRow } from '../../../fixtures/ledger-rows';
import { issues } from '../../../fixtures/row-issues';

const ctx = { today: TODAY };

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
