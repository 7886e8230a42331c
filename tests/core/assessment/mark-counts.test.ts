import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../functions/src/core/assessment/config';
import { markCounts, passMark } from '../../../functions/src/core/assessment/mark-counts';
import { assessSmall, logCells, personId, sheetRow, YEAR } from '../../fixtures/small-county';

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

  // One 帮带记录 each (a township without any row is 未提交 and not ranked). It moves no indicator but 数据质量
  // (1 of 1 rows without errors everywhere: 100 → 10 points), so each total is 0.7 × 10 + 0.3 × qualitative +
  // bonus: 甲 7 + 30 + 40 = 77 (合格), 乙 7 + 30 = 37, 丙 7 + 15 = 22.
  const oneLogEach = ['甲镇', '乙乡', '丙镇'].map((township, i) =>
    sheetRow(township, 'mentoringLogs', `l${i}`, 2, logCells('2+1', personId(i + 1), '2026-03-01')),
  );
  it('of three townships, rewards only the first and criticises only the last', () => {
    const result = assessSmall(['甲镇', '乙乡', '丙镇'], oneLogEach, {
      qualitative: [q('甲镇', 100, 40), q('乙乡', 100, 0), q('丙镇', 50, 0)],
    });
    expect(result.ranking.map((t) => [t.township, t.total, t.band, t.mark])).toEqual([
      ['甲镇', 77, '合格', 'reward'],
      ['乙乡', 37, '不合格', null],
      ['丙镇', 22, '不合格', 'criticism'],
    ]);
  });

  it('rewards nobody when the first township is below 合格 (7 + 0.3 × 100 + 20 = 57)', () => {
    const result = assessSmall(['甲镇', '乙乡', '丙镇'], oneLogEach, {
      qualitative: [q('甲镇', 100, 20), q('乙乡', 100, 0), q('丙镇', 50, 0)],
    });
    expect(result.ranking.map((t) => [t.township, t.total, t.band, t.mark])).toEqual([
      ['甲镇', 57, '不合格', null],
      ['乙乡', 37, '不合格', null],
      ['丙镇', 22, '不合格', 'criticism'],
    ]);
  });
});
