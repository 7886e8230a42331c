// Stability of 表彰 and 通报批评 under ±5 points on any one weight, on the county of what-if-county.ts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../functions/src/core/assessment';
import { shiftedWeights } from '../../../functions/src/core/assessment/weight-stability';
import { allRows, assessLedgers, countyLedgers, NAMES, PLANS } from './what-if-county';

/** The county with 河口乡's plan changed. */
const assessPlans = (change: Partial<(typeof PLANS)[number]> = {}) =>
  assessLedgers(
    allRows(countyLedgers(PLANS.map((p) => (p.township === '河口乡' ? { ...p, ...change } : p)))),
  );

describe('shiftedWeights', () => {
  it('moves one weight by 5 and scales the others to keep the sum 100', () => {
    const w = shiftedWeights(DEFAULT_CONFIG.weights, 'mentoring', 5)!;
    expect(w.mentoring).toBe(20);
    // The other 85 points become 80: 25 × 80/85, 15 × 80/85, 10 × 80/85.
    expect(w.development).toBeCloseTo(23.5294, 4);
    expect(w.skills).toBeCloseTo(14.1176, 4);
    expect(w.dataQuality).toBeCloseTo(9.4118, 4);
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(shiftedWeights({ ...DEFAULT_CONFIG.weights, training: 0, skills: 30 }, 'training', -5)).toBeNull();
  });
});

describe('weightStability', () => {
  it('says the marks are stable when no ±5 shift changes who is rewarded or criticised', () => {
    // 石门乡 (9th, 60.71) is 1.93 points above 河口乡; the two differ only in 数据质量 (59 vs 42 clean rows of 62),
    // so moving a weight never closes the gap.
    const { weightStability } = assessPlans();
    expect(weightStability).toEqual({
      checked: true,
      stable: true,
      shifts: [],
      lines: ['名次稳定（任一权重±5分，表彰与通报批评名单不变）'],
    });
  });

  it('names the township whose 通报批评 hangs on a weight, the weight, the direction and who takes its place', () => {
    // 河口乡 with 7 admitted, 4 pairs met and 2 wrong rows: 61.48 against 石门乡's 60.71. With 帮带覆盖 at 20 (the
    // others × 80/85) 河口乡 scores 13.72 + 5.71 + 14.12 + 9.41 + 9.10 = 52.06 → 60.44 and 石门乡
    // 9.80 + 10 + 14.12 + 9.41 + 8.96 = 52.29 → 60.60: they change places at the edge of the bottom three.
    const result = assessPlans({ admitted: 7, met: 4, broken: 2 });
    expect(result.ranking.slice(8).map((t) => [t.township, t.total, t.mark])).toEqual([
      ['河口乡', 61.48, null],
      ['石门乡', 60.71, 'criticism'],
      ['白沙镇', 57.14, 'criticism'],
      ['青山乡', 56.24, 'criticism'],
    ]);
    const s = result.weightStability;
    expect([s.checked, s.stable]).toEqual([true, false]);
    expect(s.shifts.map((x) => [x.indicator, x.delta, x.lost, x.gained])).toEqual([
      [
        'mentoring',
        5,
        [{ mark: 'criticism', township: '石门乡' }],
        [{ mark: 'criticism', township: '河口乡' }],
      ],
    ]);
    expect(s.lines).toEqual([
      '名次不稳定（任一权重±5分时，以下表彰或通报批评会改变）',
      '石门乡的通报批评取决于权重：帮带覆盖权重+5分时由河口乡替代',
    ]);
  });

  it('names every shift that moves a mark, − as well as +', () => {
    const { weightStability } = assessPlans({ admitted: 7, met: 3, broken: 2 });
    expect(weightStability.lines).toEqual([
      '名次不稳定（任一权重±5分时，以下表彰或通报批评会改变）',
      '石门乡的通报批评取决于权重：乡土人才发展党员权重−5分时由河口乡替代；帮带覆盖权重+5分时由河口乡替代；数据质量权重−5分时由河口乡替代',
    ]);
  });

  it('is not checked while the ranking is provisional', () => {
    const result = assessLedgers(allRows(countyLedgers()), {
      qualitative: NAMES.slice(0, -1).map((township) => ({
        year: 2026,
        township,
        score: 80,
        bonus: null,
        penalty: null,
        remarks: null,
      })),
    });
    expect(result.weightStability).toEqual({
      checked: false,
      stable: false,
      shifts: [],
      lines: ['暂定排名，尚未检查名次稳定性：定性考评录齐后重新考评时检查'],
    });
  });
});
