import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../functions/src/core/assessment';
import { assessFixture, qualitative } from '../../fixtures/assessment-county';

const run = assessFixture;

describe('assessment configuration', () => {
  it('uses documented defaults', () => {
    expect(resolveConfig()).toMatchObject({
      weights: {
        development: 25,
        mentoring: 15,
        training: 15,
        skills: 15,
        structure: 10,
        demonstration: 10,
        dataQuality: 10,
      },
      quantitativeShare: 0.7,
      rewardCount: 3,
      criticismCount: 3,
    });
  });

  it('rejects weights that do not add up to 100 and townships it does not know', () => {
    expect(() => run({ config: { weights: { development: 30 } as never } })).toThrow(
      '考评设置有误：各指标权重之和应为 100，现为 105',
    );
    const stray = [
      ...qualitative,
      { year: 2026, township: '石门镇', score: 70, bonus: null, penalty: null, remarks: null },
    ];
    expect(() => run({ qualitative: stray })).toThrow(
      '考评设置有误：「定性考评」中的乡镇不在「乡镇设置」中：石门镇',
    );
  });

  it('re-ranks when the weights change: doubling 发展党员 lifts the townships that met their target', () => {
    const weights = {
      development: 50,
      mentoring: 10,
      training: 10,
      skills: 10,
      structure: 5,
      demonstration: 5,
      dataQuality: 10,
    };
    const r = run({ config: { weights } });
    // 白沙/河口: 50 + 10 + 6.33 + 6.67 + 2.5 + 2 + 10 = 87.5 → 0.7 × 87.5 + 0.3 × 80 = 85.25
    // 城关:     25 + 7.5 + 8.33 + 10 + 5 + 5 + 9.23 = 70.06 → 0.7 × 70.06 + 0.3 × 90 + 2 − 1 = 77.04
    expect(r.ranking.map((t) => [t.township, t.quantitative, t.total])).toEqual([
      ['白沙镇', 87.5, 85.25],
      ['河口乡', 87.5, 85.25],
      ['城关镇', 70.06, 77.04],
    ]);
  });
});
