import { describe, expect, it } from 'vitest';
import {
  INDICATOR_IDS,
  type IndicatorId,
  type MeasuredPart,
  resolveConfig,
} from '../../../functions/src/core/assessment';
import { rankTownships } from '../../../functions/src/core/assessment/rank-townships';

/** One part per indicator; a value of 1 is the county best (score 100), 0.6 scores 60 against it. */
const township = (values: Partial<Record<IndicatorId, number>>) =>
  Object.fromEntries(
    INDICATOR_IDS.map((id): [IndicatorId, MeasuredPart[]] => [
      id,
      [{ label: id, numerator: 0, denominator: 1, value: values[id] ?? 1, trace: [], leftOut: [] }],
    ]),
  ) as Record<IndicatorId, MeasuredPart[]>;

const score = (name: string, points: number, bonus: number | null = null) => ({
  year: 2026,
  township: name,
  score: points,
  bonus,
  penalty: null,
  remarks: null,
});

/** [township, total, quantitative, 发展党员 score, 数据质量 score] in rank order. */
const rank = (
  measured: Record<string, Record<IndicatorId, MeasuredPart[]>>,
  qualitative: ReturnType<typeof score>[],
  config = resolveConfig(),
) =>
  rankTownships(new Map(Object.entries(measured)), qualitative, config, null).map((t) => [
    t.township,
    t.total,
    t.quantitative,
    t.indicators.find((i) => i.id === 'development')!.score,
    t.indicators.find((i) => i.id === 'dataQuality')!.score,
  ]);

// 白沙镇 (bái) sorts before 河口乡 (hé) by name, so in each case 河口乡 comes first only if the rule under test
// decides before the name does.
describe('rankTownships tie-breaks: total, quantitative, 发展党员, 数据质量, then name', () => {
  it('puts the higher quantitative score first when totals tie, whatever 发展党员 says', () => {
    // 白沙: 25 × 100% + 75 × 40% = 55 → 0.7 × 55 + 0.3 × 100 = 68.5
    // 河口: 25 × 60% + 75 × 100% = 90 → 0.7 × 90 + 0.3 × 10 + 2.5 = 68.5
    const measured = {
      白沙镇: township({
        mentoring: 0.4,
        training: 0.4,
        skills: 0.4,
        structure: 0.4,
        demonstration: 0.4,
        dataQuality: 0.4,
      }),
      河口乡: township({ development: 0.6 }),
    };
    const qualitative = [score('白沙镇', 100), score('河口乡', 10, 2.5)];
    expect(rank(measured, qualitative)).toEqual([
      ['河口乡', 68.5, 90, 60, 100],
      ['白沙镇', 68.5, 55, 100, 40],
    ]);
  });

  it('puts the higher 发展党员 score first when total and quantitative tie, whatever 数据质量 says', () => {
    // 白沙: 25 × 80% + 10 × 100% + 65 = 95; 河口: 25 × 100% + 10 × 50% + 65 = 95; both 0.7 × 95 + 0.3 × 80 = 90.5
    const measured = {
      白沙镇: township({ development: 0.8 }),
      河口乡: township({ dataQuality: 0.5 }),
    };
    const qualitative = [score('白沙镇', 80), score('河口乡', 80)];
    expect(rank(measured, qualitative)).toEqual([
      ['河口乡', 90.5, 95, 100, 50],
      ['白沙镇', 90.5, 95, 80, 100],
    ]);
    // The order of the tie-breaks is configuration: 数据质量 first turns it round.
    expect(rank(measured, qualitative, resolveConfig({ tieBreak: ['dataQuality', 'development'] }))).toEqual([
      ['白沙镇', 90.5, 95, 80, 100],
      ['河口乡', 90.5, 95, 100, 50],
    ]);
  });

  it('puts the higher 数据质量 score first when 发展党员 ties too, before the name', () => {
    // 白沙: 10 × 80% (数据质量) + 10 × 100% (结构) + 80 = 98; 河口: 10 × 100% + 10 × 80% + 80 = 98
    const measured = {
      白沙镇: township({ dataQuality: 0.8 }),
      河口乡: township({ structure: 0.8 }),
    };
    const qualitative = [score('白沙镇', 80), score('河口乡', 80)];
    expect(rank(measured, qualitative)).toEqual([
      ['河口乡', 92.6, 98, 100, 100],
      ['白沙镇', 92.6, 98, 100, 80],
    ]);
  });
});
