import { describe, expect, it } from 'vitest';
import { parseDateCell } from '../../../functions/src/core/dates/parse-date-cell';
import {
  generateSampleCounty,
  type SampleCell,
  TOWNSHIP_NAMES,
  townshipCountAt,
} from '../../../tools/sample-county';

const options = { seed: 20240601, scale: 0.05, year: 2024, today: '2024-11-25' };

describe('generateSampleCounty determinism', () => {
  it('gives identical data for the same seed and different data for another seed', () => {
    const first = JSON.stringify(generateSampleCounty(options));
    expect(JSON.stringify(generateSampleCounty(options))).toBe(first);
    expect(JSON.stringify(generateSampleCounty({ ...options, seed: 1 }))).not.toBe(first);
  });

  it('uses four townships for a CI county and all fifteen from scale 0.5', () => {
    expect([0.01, 0.05, 0.1, 0.25, 0.5, 1].map(townshipCountAt)).toEqual([4, 4, 5, 8, 11, 15]);
    const county = generateSampleCounty(options);
    expect(county.name).toBe('示范县');
    expect(county.townships.map((t) => t.name)).toEqual(TOWNSHIP_NAMES.slice(0, 4));
  });

  it('fills the county tabs: a target per township, scores for the last three years', () => {
    const county = generateSampleCounty(options);
    expect(county.townshipSettings.map((r) => r.乡镇)).toEqual(['城关镇', '河口乡', '白沙镇', '石桥镇']);
    expect(county.townshipSettings.reduce((sum, r) => sum + Number(r.年度发展目标), 0)).toBe(15);
    expect(county.qualitativeScores.map((r) => r.考评年度)).toEqual([
      2022, 2022, 2022, 2022, 2023, 2023, 2023, 2023, 2024, 2024, 2024, 2024,
    ]);
    for (const row of county.qualitativeScores) {
      expect(row.定性得分).toBeGreaterThanOrEqual(70);
      expect(row.定性得分).toBeLessThanOrEqual(100);
    }
  });

  it('never records a year that has not come: today in 2023 drops the 2024 scores', () => {
    const county = generateSampleCounty({ ...options, today: '2023-12-20' });
    expect([...new Set(county.qualitativeScores.map((r) => r.考评年度))]).toEqual([2022, 2023]);
  });

  it('fills the new county tabs of a small county: the menu, three liaison leaders and their visits', () => {
    const county = generateSampleCounty(options);
    expect(county.trainingMenu).toHaveLength(22);
    expect(county.liaisonPoints.map((p) => p.职务)).toEqual(['县委书记', '县长', '县委副书记']);
    const liaised = new Set(county.liaisonPoints.map((p) => p.联系乡镇));
    expect(liaised.size).toBe(3);
    const visited = new Set(county.supervisionVisits.map((v) => v.乡镇));
    expect([...liaised].every((t) => visited.has(t))).toBe(true);
    expect(county.supervisionVisits).toHaveLength(44);
    const dayOf = (cell: SampleCell) => {
      const parsed = parseDateCell(cell);
      return parsed.ok ? String(parsed.value) : '';
    };
    // At least two townships (one liaison township, the one without a leader) had no visit in 90 days.
    const recent = county.supervisionVisits.filter((v) => dayOf(v.督办日期!) >= '2024-08-27');
    expect(county.townships.filter((t) => !recent.some((v) => v.乡镇 === t.name))).toHaveLength(2);
    const planted = county.mistakes.filter((m) => m.ledger === 'supervisionVisits');
    expect(planted.map((m) => [m.kind, m.township])).toEqual([['leader-not-listed', '县委组织部']]);
  });

  it('fills the new township tabs of every township', () => {
    const county = generateSampleCounty(options);
    for (const township of county.townships) {
      expect(township.rows.mentoringLogs.length).toBeGreaterThan(township.rows.pairs.length);
      expect(township.rows.trainingRequests.length).toBeGreaterThanOrEqual(2);
    }
  });
});
