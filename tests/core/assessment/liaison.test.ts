import { describe, expect, it } from 'vitest';
import { yearWindow } from '../../../functions/src/core/assessment/county-data';
import { liaisonSummary } from '../../../functions/src/core/assessment/liaison';

const points = [
  { leader: '张书记', post: '县委书记', township: '甲镇人民政府' },
  { leader: '李县长', post: '县长', township: '乙乡、丙镇' },
  { leader: '王部长', post: '组织部长', township: '丙镇' },
  { leader: '王部长', post: '组织部长', township: '丁镇' },
];
const visits = [
  { leader: '张书记', visitedOn: '2026-10-01', township: '甲镇' },
  { leader: '张书记', visitedOn: '2026-11-01', township: '乙乡' },
  { leader: '李县长', visitedOn: '2026-06-01', township: '乙乡人民政府' },
  { leader: '王部长', visitedOn: '2025-12-20', township: '丙镇' },
];

describe('三联: visits count only within the visitor’s contact townships (issue 19, defects 4 and 5)', () => {
  const summary = liaisonSummary(
    points,
    visits,
    ['甲镇', '乙乡', '丙镇'],
    yearWindow(2026, '2026-11-25'),
    '2026-11-25',
    90,
  );

  it('reads lists and 人民政府 in 联系点, one line per leader and township, several rows per leader', () => {
    expect(summary.leaders.map((l) => [l.leader, l.township, l.visits, l.lastVisit])).toEqual([
      ['张书记', '甲镇', 1, '2026-10-01'],
      ['李县长', '乙乡', 1, '2026-06-01'],
      ['李县长', '丙镇', 0, null],
      ['王部长', '丙镇', 0, '2025-12-20'],
      ['王部长', '丁镇', 0, null],
    ]);
    expect(summary.unknownTownships).toEqual(['丁镇']);
  });

  // 10-01 → 11-25 is 55 days, 06-01 → 11-25 177, 2025-12-20 → 2026-11-25 340.
  it('credits a township only with its contact leaders’ visits', () => {
    expect(
      summary.townships.map((t) => [t.township, t.leaders, t.visits, t.lastVisit, t.daysSince, t.overdue]),
    ).toEqual([
      ['甲镇', ['张书记'], 1, '2026-10-01', 55, false],
      ['乙乡', ['李县长'], 1, '2026-06-01', 177, true],
      ['丙镇', ['李县长', '王部长'], 0, '2025-12-20', 340, true],
    ]);
  });

  it('lists the visit outside the visitor’s contact townships', () => {
    expect(summary.outsideVisits).toEqual([{ leader: '张书记', visitedOn: '2026-11-01', township: '乙乡' }]);
  });
});

describe('三联: each leader and township once, with the row’s 联系村 and 联系企业 (issue 19, defect 5)', () => {
  const summary = liaisonSummary(
    [
      { leader: '张书记', post: null, township: '甲镇', village: '东村', enterprise: '甲镇果业公司' },
      { leader: '张书记', post: null, township: '甲镇人民政府、乙乡', village: '西村', enterprise: null },
    ],
    [
      { leader: '张书记', visitedOn: '2026-09-01', township: '丙镇' },
      { leader: '张书记', visitedOn: '2026-03-01', township: '丙镇' },
      { leader: '张书记', visitedOn: '2026-04-01', township: '甲镇' },
    ],
    ['甲镇', '乙乡', '丙镇'],
    yearWindow(2026, '2026-11-25'),
    '2026-11-25',
    90,
  );

  it('keeps the first row naming a township, in 联系点 order, and lists visits outside by date', () => {
    expect(summary.leaders).toEqual([
      {
        leader: '张书记',
        post: null,
        township: '甲镇',
        village: '东村',
        enterprise: '甲镇果业公司',
        visits: 1,
        lastVisit: '2026-04-01',
      },
      {
        leader: '张书记',
        post: null,
        township: '乙乡',
        village: '西村',
        enterprise: null,
        visits: 0,
        lastVisit: null,
      },
    ]);
    expect(summary.outsideVisits.map((v) => v.visitedOn)).toEqual(['2026-03-01', '2026-09-01']);
  });
});
