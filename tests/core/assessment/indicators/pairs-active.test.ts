// Issue 14, defect 4: a pair counts in year Y exactly when it ran on some day of Y.
import { describe, expect, it } from 'vitest';
import { yearWindow } from '../../../../functions/src/core/assessment/county-data';
import { isPairActive } from '../../../../functions/src/core/assessment/indicators/pairs-active';
import type { PairRecord } from '../../../../functions/src/core/ledgers';

const pair = (more: Partial<PairRecord>): PairRecord => ({
  pairType: '1+1',
  mentorOneId: 'a',
  mentorTwoId: null,
  menteeId: 'b',
  project: '嫁接',
  startedOn: '2023-04-01',
  plannedEndOn: null,
  endedOn: null,
  duties: null,
  status: '进行中',
  outcome: null,
  ...more,
});
const years = (p: PairRecord) =>
  [2022, 2023, 2024, 2025, 2026].filter((y) => isPairActive(p, yearWindow(y, '2026-11-25')));

describe('the years a pair ran in', () => {
  it('a running pair: every year from its start', () => {
    expect(years(pair({}))).toEqual([2023, 2024, 2025, 2026]);
  });

  it('an ended pair: the years from its start to its 结束日期', () => {
    expect(years(pair({ status: '已中止', endedOn: '2024-02-10', plannedEndOn: '2026-04-01' }))).toEqual([
      2023, 2024,
    ]);
    expect(years(pair({ status: '已完成', endedOn: '2023-12-31' }))).toEqual([2023]);
  });

  it('a finished 1+1 pair with neither plan nor 结束日期 still counts in the year it started', () => {
    expect(years(pair({ status: '已完成' }))).toEqual([2023]);
  });

  it('without 结束日期, an ended pair runs to its plan (a 2+1 pair: two years)', () => {
    expect(years(pair({ status: '已中止', plannedEndOn: '2025-01-15' }))).toEqual([2023, 2024, 2025]);
    expect(years(pair({ pairType: '2+1', status: '已完成' }))).toEqual([2023, 2024, 2025]);
  });
});
