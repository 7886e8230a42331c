import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../functions/src/core/assessment/config';
import { markCounts, passMark } from '../../../functions/src/core/assessment/mark-counts';
import { assessSmall, YEAR } from '../../fixtures/small-county';

const q = (township: string, score: number, bonus: number) => ({
  year: YEAR,
  township,
  score,
  bonus,
  penalty: null,
  remarks: null,
});

describe('表彰 and 通报批评 in a small county (issue 19, defect 7)', () => {
  it('marks a quarter of the townships at each end, one for 3–7, none below 3, at most as configured', () => {
    const counts = [1, 2, 3, 4, 7, 8, 11, 12, 20].map((n) => [n, markCounts(n, DEFAULT_CONFIG)]);
    expect(counts).toEqual([
      [1, { rewards: 0, criticisms: 0 }],
      [2, { rewards: 0, criticisms: 0 }],
      [3, { rewards: 1, criticisms: 1 }],
      [4, { rewards: 1, criticisms: 1 }],
      [7, { rewards: 1, criticisms: 1 }],
      [8, { rewards: 2, criticisms: 2 }],
      [11, { rewards: 2, criticisms: 2 }],
      [12, { rewards: 3, criticisms: 3 }],
      [20, { rewards: 3, criticisms: 3 }],
    ]);
    expect(passMark(DEFAULT_CONFIG)).toBe(60);
  });

  // No rows, so each total is 0.3 × qualitative + bonus: 甲 0.3 × 100 + 40 = 70 (合格), 乙 30, 丙 15.
  it('of three townships, rewards only the first and criticises only the last', () => {
    const result = assessSmall(['甲镇', '乙乡', '丙镇'], [], {
      qualitative: [q('甲镇', 100, 40), q('乙乡', 100, 0), q('丙镇', 50, 0)],
    });
    expect(result.ranking.map((t) => [t.township, t.total, t.band, t.mark])).toEqual([
      ['甲镇', 70, '合格', 'reward'],
      ['乙乡', 30, '不合格', null],
      ['丙镇', 15, '不合格', 'criticism'],
    ]);
  });

  it('rewards nobody when the first township is below 合格 (0.3 × 100 + 20 = 50)', () => {
    const result = assessSmall(['甲镇', '乙乡', '丙镇'], [], {
      qualitative: [q('甲镇', 100, 20), q('乙乡', 100, 0), q('丙镇', 50, 0)],
    });
    expect(result.ranking.map((t) => [t.township, t.total, t.band, t.mark])).toEqual([
      ['甲镇', 50, '不合格', null],
      ['乙乡', 30, '不合格', null],
      ['丙镇', 15, '不合格', 'criticism'],
    ]);
  });
});
