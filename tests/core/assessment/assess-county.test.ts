import { describe, expect, it } from 'vitest';
import { type AssessmentResult, assessCounty, resolveConfig } from '../../../functions/src/core/assessment';
import {
  fixtureRows,
  liaisonPoints,
  previous,
  qualitative,
  TODAY,
  townships,
  visits,
  YEAR,
} from '../../fixtures/assessment-county';

const run = (overrides: Partial<Parameters<typeof assessCounty>[0]> = {}): AssessmentResult =>
  assessCounty({
    county: '示范县',
    year: YEAR,
    today: TODAY,
    townships,
    qualitative,
    rows: fixtureRows(),
    liaisonPoints,
    visits,
    previous,
    ...overrides,
  });

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

describe('assessCounty on the hand-checkable fixture county', () => {
  const result = run();

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
      [2, '白沙镇', 78.5, 80, 78.95, '合格', 'reward', { rank: 1, total: 8.95 }],
      [3, '河口乡', 78.5, 80, 78.95, '合格', 'reward', { rank: -2, total: -6.05 }],
      [4, '青山乡', 0, 0, 0, '不合格', 'criticism', { rank: null, total: null }],
    ]);
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

  it('measures 河口乡 (= 白沙镇) and gives the township without rows zero everywhere', () => {
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
    const empty = Object.values(parts(result, '青山乡'));
    expect(empty.every(([score, points]) => score === 0 && points === 0)).toBe(true);
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

  it('computes every county statistic of the report, this year and last year', () => {
    expect(result.statistics.map((s) => [s.key, s.value, s.lastYear, s.change])).toEqual([
      ['talentPool', 10, 9, 1],
      ['annualTarget', 11, 11, 0],
      ['talentsAdmittedThisYear', 3, 0, 3],
      ['talentsAdmittedTotal', 4, 1, 3],
      ['talentApplicationsTwoYears', 2, 1, 1],
      ['talentsApproachingParty', 3, 2, 1],
      ['mentors2p1', 6, 2, 4],
      ['mentees2p1', 4, 2, 2],
      ['mentors1p1', 1, 0, 1],
      ['mentees1p1', 1, 0, 1],
      ['trainingClassesTwoYears', 5, 1, 4],
      ['traineesTwoYears', 170, 30, 140],
      ['skilledTraineesTwoYears', 98, 10, 88],
      ['trainingRequestsThisYear', 4, 0, 4],
      ['trainingRequestsServed', 3, 0, 3],
      ['mentoringContacts', 5, 1, 4],
      ['members', 8, 8, 0],
      ['membersWithSkills', 5, 5, 0],
      ['membersWithSkillsShare', 62.5, 62.5, 0],
      ['membersInVillageCommittees', 4, 4, 0],
      ['villageHeads', 3, 3, 0],
      ['bases', 4, 3, 1],
      ['householdsLed', 160, 145, 15],
      ['membersUnder35', 2, 2, 0],
      ['membersUnder35Share', 25, 25, 0],
      ['highSchoolOrAboveShare', 50, 50, 0],
    ]);
    expect(result.statistics[0]).toMatchObject({
      label: '乡土人才库人数',
      wording: '已对{value}名乡土人才建立了人才信息库',
      unit: '名',
    });
  });

  it('lists the reminders by due date, with ID numbers masked', () => {
    expect(result.reminders.map((r) => [r.kind, r.township, r.key, r.dueOn, r.message])).toEqual([
      [
        'pairOverdue',
        '城关镇',
        'p3',
        '2025-09-01',
        '“2+1”帮带已满两年（2023-09-01开始），请总结成效并把状态改为已完成或说明原因',
      ],
      [
        'pairNoContact',
        '城关镇',
        'p3',
        '2026-02-18',
        '“2+1”结对已超过90天没有帮带记录（最近一次是2025-11-20），请及时开展帮带并在「帮带记录」中登记',
      ],
      [
        'pairNoContact',
        '城关镇',
        'p2',
        '2026-06-03',
        '“1+1”结对已超过90天没有帮带记录（最近一次是2026-03-05），请及时开展帮带并在「帮带记录」中登记',
      ],
      [
        'activistReady',
        '城关镇',
        't5',
        '2026-10-01',
        '确定为入党积极分子已满一年（2025-10-01起），可按程序列为发展对象',
      ],
      [
        'probationOverdue',
        '城关镇',
        'm4',
        '2026-11-01',
        '预备期已于2026-11-01届满，请及时讨论其转正（最多延长至2027-11-01）',
      ],
      [
        'behindTarget',
        '城关镇',
        null,
        '2026-12-31',
        '本年度已从乡土人才中发展党员1名，按进度应达到3名（全年目标4名），请加快进度',
      ],
      [
        'behindTarget',
        '青山乡',
        null,
        '2026-12-31',
        '本年度已从乡土人才中发展党员0名，按进度应达到2名（全年目标3名），请加快进度',
      ],
      [
        'qualitativeMissing',
        '青山乡',
        null,
        null,
        '尚未录入2026年度定性考评得分，请在县级表格「定性考评」中填写',
      ],
    ]);
    const activist = result.reminders.find((r) => r.kind === 'activistReady')!;
    expect(activist.person).toEqual({
      name: '甲五',
      idNumber: expect.stringMatching(/^430521\*{8}\d{3}[\dX]$/),
    });
  });

  it('reports data quality per township', () => {
    expect(result.dataQuality.map(({ duplicateRows: _, ...q }) => q)).toEqual([
      {
        township: '城关镇',
        rows: 26,
        withErrors: 2,
        withWarnings: 1,
        duplicates: 1,
        cleanShare: 92.3,
        topIssues: [
          { column: '身份证号', ruleId: 'cell.format', rows: 1 },
          { column: '身份证号', ruleId: 'county.duplicate-person', rows: 1 },
          { column: '状态', ruleId: 'pair.overdue', rows: 1 },
        ],
      },
      {
        township: '河口乡',
        rows: 9,
        withErrors: 0,
        withWarnings: 0,
        duplicates: 0,
        cleanShare: 100,
        topIssues: [],
      },
      {
        township: '白沙镇',
        rows: 9,
        withErrors: 0,
        withWarnings: 0,
        duplicates: 0,
        cleanShare: 100,
        topIssues: [],
      },
      {
        township: '青山乡',
        rows: 0,
        withErrors: 0,
        withWarnings: 0,
        duplicates: 0,
        cleanShare: 0,
        topIssues: [],
      },
    ]);
    expect(result.dataQuality[0]!.duplicateRows).toEqual([
      {
        ledger: 'members',
        key: 'e2',
        sheetRow: 6,
        message: '身份证号：此人已登记，在河口乡「农民党员」第3行；全县每人只能登记一次，请核对后删除重复行',
      },
    ]);
  });

  it('summarises 菜单式培训 requests and how many a class answered', () => {
    expect(result.trainingRequests).toEqual([
      { township: '城关镇', requests: 2, pending: 1, scheduled: 0, completed: 1, rejected: 0, served: 1 },
      { township: '河口乡', requests: 1, pending: 0, scheduled: 1, completed: 0, rejected: 0, served: 1 },
      { township: '白沙镇', requests: 1, pending: 0, scheduled: 1, completed: 0, rejected: 0, served: 1 },
      { township: '青山乡', requests: 0, pending: 0, scheduled: 0, completed: 0, rejected: 0, served: 0 },
    ]);
  });

  it('counts 三联 visits per leader and per township, flagging townships without a visit in 90 days', () => {
    expect(result.liaison).toEqual({
      days: 90,
      leaders: [
        { leader: '张书记', post: '县委书记', township: '城关镇', visits: 2, lastVisit: '2026-10-10' },
        { leader: '李县长', post: '县长', township: '河口乡', visits: 1, lastVisit: '2026-05-20' },
        { leader: '王部长', post: '组织部长', township: '白沙镇', visits: 0, lastVisit: '2025-12-01' },
      ],
      townships: [
        {
          township: '城关镇',
          leaders: ['张书记'],
          visits: 2,
          lastVisit: '2026-10-10',
          daysSince: 46,
          overdue: false,
        },
        {
          township: '河口乡',
          leaders: ['李县长'],
          visits: 1,
          lastVisit: '2026-05-20',
          daysSince: 189,
          overdue: true,
        },
        {
          township: '白沙镇',
          leaders: ['王部长'],
          visits: 0,
          lastVisit: '2025-12-01',
          daysSince: 359,
          overdue: true,
        },
        { township: '青山乡', leaders: [], visits: 0, lastVisit: null, daysSince: null, overdue: true },
      ],
      unknownTownships: [],
    });
  });

  it('is deterministic: the same input gives the same result', () => {
    expect(run()).toEqual(result);
  });
});

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
      ['青山乡', 0, 0],
    ]);
  });
});
