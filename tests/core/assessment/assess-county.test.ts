import { describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../../../functions/src/core/assessment';
import { countySummary } from '../../../functions/src/report/county-layout';
import { assessFixture, qualitative } from '../../fixtures/assessment-county';

/** [score, points, [[numerator, denominator, value, score], …]] per indicator. */
const parts = (r: AssessmentResult, township: string) =>
  Object.fromEntries(
    r.ranking
      .find((t) => t.township === township)!
      .indicators.map((i) => [
        i.id,
        [i.score, i.points, i.parts.map((p) => [p.numerator, p.denominator, p.value, p.score])],
      ]),
  );

// 青山乡 has no 定性考评 for 2026 in the fixture; entered here with 0 points, the ranking is final.
const entered = {
  year: 2026,
  township: '青山乡',
  score: 0,
  bonus: null,
  penalty: null,
  remarks: '未报送材料',
};

describe('assessCounty on the hand-checkable fixture county: ranking and indicators', () => {
  const result = assessFixture({ qualitative: [...qualitative, entered] });

  it('ranks with the documented tie-break: total, quantitative, 发展党员, 数据质量, then name', () => {
    expect(
      result.ranking.map((t) => [
        t.rank,
        t.township,
        t.quantitative,
        t.qualitative.score,
        t.total,
        t.band,
        t.mark,
        t.change,
      ]),
    ).toEqual([
      // 城关: 0.7 × 80.48 + 0.3 × 90 + 2 − 1 = 84.34
      [1, '城关镇', 80.48, 90, 84.34, '良好', 'reward', { rank: 1, total: 4.34 }],
      // 白沙镇 and 河口乡 tie on every figure (0.7 × 78.5 + 0.3 × 80 = 78.95); 白沙 (bái) sorts before 河口 (hé).
      // Three ranked townships (青山乡 is 未提交): one 表彰 and one 通报批评 (a quarter each, at least one; see mark-counts.ts).
      [2, '白沙镇', 78.5, 80, 78.95, '合格', null, { rank: 1, total: 8.95 }],
      [3, '河口乡', 78.5, 80, 78.95, '合格', 'criticism', { rank: -2, total: -6.05 }],
    ]);
    // 青山乡 (in 乡镇设置, not one row) is 未提交: not ranked, never 通报批评.
    expect(result.notSubmitted).toEqual(['青山乡']);
  });

  // Issue 14, defect 6: a township without 定性考评 scores 0 qualitative points and would be marked for
  // 通报批评 on the county's own missing entry. Until every township has one, the ranking is provisional.
  it('withholds every mark while a ranked township has no 定性考评, and says which', () => {
    // 河口乡's 定性考评 not entered yet: it scores 0.7 × 78.5 = 54.95 and would be criticised for the county's gap.
    const provisional = assessFixture({ qualitative: qualitative.filter((q) => q.township !== '河口乡') });
    expect(provisional.ranking.map((t) => [t.rank, t.township, t.total, t.mark])).toEqual([
      [1, '城关镇', 84.34, null],
      [2, '白沙镇', 78.95, null],
      [3, '河口乡', 54.95, null],
    ]);
    expect(provisional.provisional).toEqual({
      missingQualitative: ['河口乡'],
      reason:
        '以下乡镇尚未录入本年度定性考评：河口乡。排名为暂定，表彰和通报批评暂不确定，请县委组织部在「定性考评」中录入后重新考评',
    });
    const tab = countySummary(provisional, new Date('2026-11-24T22:00:00Z')).tabs.find(
      (t) => t.name === '考评排名',
    )!;
    expect(tab.notes?.[0]).toBe(`暂定排名：${provisional.provisional!.reason}。`);
    expect(result.provisional).toBeNull();
  });

  it('measures and normalises every indicator of 城关镇 against the county best', () => {
    expect(parts(result, '城关镇')).toEqual({
      development: [50, 12.5, [[1, 4, 0.25, 50]]],
      // Non-member talents t1 t2 t5 t6 and members m1–m4; covered: t2 (p1, met this year) and m3 (p2).
      // t1's pair p3 was last met in 2025, so it does not count.
      mentoring: [75, 11.25, [[2, 8, 0.25, 75]]],
      // Classes 2 (best 2), 100 trainees per 4 members (best), 1 of 2 classes answered a request (best 1).
      training: [
        83.33,
        12.5,
        [
          [2, 1, 2, 100],
          [100, 0.04, 2500, 100],
          [1, 2, 0.5, 50],
        ],
      ],
      skills: [100, 15, [[3, 4, 0.75, 100]]],
      structure: [
        100,
        10,
        [
          [2, 4, 0.5, 100],
          [2, 4, 0.5, 100],
        ],
      ],
      demonstration: [
        100,
        10,
        [
          [2, 1, 2, 100],
          [100, 1, 100, 100],
        ],
      ],
      // 26 rows (18 + 4 logs + 2 requests + 2 broken), 24 without errors.
      dataQuality: [92.31, 9.23, [[24, 26, 0.923077, 92.31]]],
    });
  });

  it('measures 河口乡 (= 白沙镇) and leaves the township without rows out of the ranking', () => {
    const hekou = {
      development: [100, 25, [[1, 2, 0.5, 100]]],
      mentoring: [100, 15, [[1, 3, 0.333333, 100]]],
      training: [
        63.33,
        9.5,
        [
          [1, 1, 1, 50],
          [20, 0.02, 1000, 40],
          [1, 1, 1, 100],
        ],
      ],
      skills: [66.67, 10, [[1, 2, 0.5, 66.67]]],
      structure: [
        50,
        5,
        [
          [0, 2, 0, 0],
          [1, 2, 0.5, 100],
        ],
      ],
      demonstration: [
        40,
        4,
        [
          [1, 1, 1, 50],
          [30, 1, 30, 30],
        ],
      ],
      dataQuality: [100, 10, [[9, 9, 1, 100]]],
    };
    expect(parts(result, '河口乡')).toEqual(hekou);
    expect(parts(result, '白沙镇')).toEqual(hekou);
    expect(result.ranking.map((t) => t.township)).not.toContain('青山乡');
  });

  it('traces every figure back to the rows that produced it', () => {
    const trace = (id: string) =>
      result.ranking[0]!.indicators.find((i) => i.id === id)!.parts.map((p) => p.trace);
    expect(trace('development')).toEqual([['talents/t3']]);
    expect(trace('mentoring')).toEqual([['talents/t2', 'members/m3']]);
    expect(trace('training')).toEqual([
      ['trainings/c1', 'trainings/c2'],
      ['trainings/c1', 'trainings/c2'],
      ['trainings/c1'],
    ]);
    expect(trace('structure')).toEqual([
      ['members/m3', 'members/m4'],
      ['members/m2', 'members/m3'],
    ]);
    expect(trace('dataQuality')[0]).toHaveLength(24);
  });

  it('is deterministic: the same input gives the same result', () => {
    expect(assessFixture({ qualitative: [...qualitative, entered] })).toEqual(result);
  });
});
