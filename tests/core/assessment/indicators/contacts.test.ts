import { describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../../../functions/src/core/id-number/mask-id-number';
import {
  assessSmall,
  logCells,
  memberCells,
  pairCells,
  personId,
  sheetRow,
  talentCells,
} from '../../../fixtures/small-county';

// 甲镇: four talents (群众) T1–T4 and four members M1–M4, so 帮带覆盖 is out of 8. Six pairs, one log each;
// only P2's log lies inside its own pair's period and is kept in 甲镇, so only T2 is covered.
const T = [1, 2, 3, 4].map(personId);
const M = [5, 6, 7, 8].map(personId);
const rows = [
  ...T.map((id, i) =>
    sheetRow(
      '甲镇',
      'talents',
      `t${i + 1}`,
      i + 2,
      talentCells(`甲${'一二三四'[i]}`, id, i === 3 ? '是' : '否'),
    ),
  ),
  ...M.map((id, i) => sheetRow('甲镇', 'members', `m${i + 1}`, i + 2, memberCells(`党${'一二三四'[i]}`, id))),
  sheetRow('甲镇', 'pairs', 'p1', 2, pairCells('2+1', [M[0]!, M[1]!], T[0]!, '2026-03-01')),
  sheetRow('甲镇', 'pairs', 'p2', 3, pairCells('2+1', [M[0]!, M[1]!], T[1]!, '2026-01-10')),
  sheetRow(
    '甲镇',
    'pairs',
    'p3',
    4,
    pairCells('2+1', [M[0]!, M[1]!], T[2]!, '2025-06-01', '已中止', '2027-06-01'),
  ),
  sheetRow('甲镇', 'pairs', 'p4', 5, pairCells('1+1', [T[3]!], M[0]!, '2026-01-05')),
  sheetRow('甲镇', 'pairs', 'p5', 6, pairCells('1+1', [T[3]!], M[1]!, '2024-01-01', '已完成', '2026-03-01')),
  sheetRow('甲镇', 'pairs', 'p6', 7, pairCells('1+1', [T[3]!], M[2]!, '2026-02-01')),
  sheetRow('甲镇', 'mentoringLogs', 'l1', 2, logCells('2+1', T[0]!, '2026-02-01')),
  sheetRow('甲镇', 'mentoringLogs', 'l2', 3, logCells('2+1', T[1]!, '2026-05-01')),
  sheetRow('甲镇', 'mentoringLogs', 'l3', 4, logCells('2+1', T[2]!, '2026-04-01')),
  sheetRow('乙乡', 'mentoringLogs', 'l4', 2, logCells('1+1', M[0]!, '2026-06-01')),
  sheetRow('甲镇', 'mentoringLogs', 'l5', 5, logCells('1+1', M[1]!, '2026-04-10')),
  sheetRow('甲镇', 'mentoringLogs', 'l6', 6, logCells('1+1', M[2]!, '2026-01-15')),
];

describe('帮带覆盖 counts a contact log only inside its own pair (issue 19, defect 1)', () => {
  const result = assessSmall(['甲镇', '乙乡'], rows);
  const jia = result.ranking.find((t) => t.township === '甲镇')!;

  it('covers 1 of 8: only the log within its pair’s period, kept in the pair’s township', () => {
    expect(rows.filter((r) => r.status === 'error')).toEqual([]);
    const coverage = jia.indicators.find((i) => i.id === 'mentoring')!.parts[0]!;
    expect([coverage.numerator, coverage.denominator, coverage.value]).toEqual([1, 8, 0.125]);
  });

  // p3 is 已中止: its log does not count but is no mistake, so it is not flagged.
  it('flags each log that does not count at its row, in the township that keeps it', () => {
    expect(
      result.reminders
        .filter((r) => r.kind === 'logNotCounted')
        .map((r) => [r.township, r.sheetRow, r.message]),
    ).toEqual([
      ['甲镇', 2, '2026-02-01的“2+1”帮带记录不计入帮带覆盖：帮带日期早于结对开始日期（2026-03-01），请核对'],
      [
        '甲镇',
        5,
        '2026-04-10的“1+1”帮带记录不计入帮带覆盖：帮带日期晚于结对结束日期（2026-03-01），结对已完成，请核对',
      ],
      ['甲镇', 6, '2026-01-15的“1+1”帮带记录不计入帮带覆盖：帮带日期早于结对开始日期（2026-02-01），请核对'],
      [
        '乙乡',
        2,
        '2026-06-01的“1+1”帮带记录不计入帮带覆盖：该结对登记在甲镇「帮带结对」，帮带记录须记在甲镇的「帮带记录」中',
      ],
    ]);
  });

  // Due 90 days after the last counted log or the start: p4 04-05, p6 05-02, p1 05-30 (its early log ignored), p2 07-30.
  it('dates the 90-day reminder from counted logs only, and names the mentee', () => {
    expect(
      result.reminders
        .filter((r) => r.kind === 'pairNoContact')
        .map((r) => [r.township, r.sheetRow, r.person, r.dueOn, r.message]),
    ).toEqual([
      [
        '甲镇',
        5,
        { name: '党一', idNumber: maskIdNumber(M[0]!) },
        '2026-04-05',
        '“1+1”结对已超过90天没有帮带记录（自2026-01-05开始以来没有任何记录），请及时开展帮带并在「帮带记录」中登记',
      ],
      [
        '甲镇',
        7,
        { name: '党三', idNumber: maskIdNumber(M[2]!) },
        '2026-05-02',
        '“1+1”结对已超过90天没有帮带记录（自2026-02-01开始以来没有任何记录），请及时开展帮带并在「帮带记录」中登记',
      ],
      [
        '甲镇',
        2,
        { name: '甲一', idNumber: maskIdNumber(T[0]!) },
        '2026-05-30',
        '“2+1”结对已超过90天没有帮带记录（自2026-03-01开始以来没有任何记录），请及时开展帮带并在「帮带记录」中登记',
      ],
      [
        '甲镇',
        3,
        { name: '甲二', idNumber: maskIdNumber(T[1]!) },
        '2026-07-30',
        '“2+1”结对已超过90天没有帮带记录（最近一次是2026-05-01），请及时开展帮带并在「帮带记录」中登记',
      ],
    ]);
  });
});
