import { describe, expect, it } from 'vitest';
import { assessFixture } from '../../fixtures/assessment-county';

describe('assessCounty on the hand-checkable fixture county: statistics, reminders, quality, programme', () => {
  const result = assessFixture();

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
    const counts = result.trainingRequests.map(({ lines, ...counts }) => counts);
    expect(counts).toEqual([
      {
        township: '城关镇',
        requests: 2,
        pending: 1,
        scheduled: 0,
        completed: 1,
        rejected: 0,
        withdrawn: 0,
        served: 1,
      },
      {
        township: '河口乡',
        requests: 1,
        pending: 0,
        scheduled: 1,
        completed: 0,
        rejected: 0,
        withdrawn: 0,
        served: 1,
      },
      {
        township: '白沙镇',
        requests: 1,
        pending: 0,
        scheduled: 1,
        completed: 0,
        rejected: 0,
        withdrawn: 0,
        served: 1,
      },
      {
        township: '青山乡',
        requests: 0,
        pending: 0,
        scheduled: 0,
        completed: 0,
        rejected: 0,
        withdrawn: 0,
        served: 0,
      },
    ]);
    expect(
      result.trainingRequests.flatMap((r) =>
        r.lines.map((l) => [l.township, l.requestNo, l.servedBy, l.why]),
      ),
    ).toEqual([
      ['城关镇', '2026-01', '2026-03-10 柑橘栽培培训班2026-03-10', null],
      ['城关镇', '2026-02', null, '尚待县里审核'],
      ['河口乡', '2026-01', '2026-06-01 柑橘栽培培训班2026-06-01', null],
      ['白沙镇', '2026-01', '2026-06-01 柑橘栽培培训班2026-06-01', null],
    ]);
    expect(result.coursesToSchedule).toEqual([]);
  });

  it('counts 三联 visits per leader and per township, flagging townships without a visit in 90 days', () => {
    expect(result.liaison).toEqual({
      days: 90,
      leaders: [
        {
          leader: '张书记',
          post: '县委书记',
          township: '城关镇',
          village: '城东村',
          enterprise: '城关柑橘合作社',
          visits: 2,
          lastVisit: '2026-10-10',
        },
        ...[
          { leader: '李县长', post: '县长', township: '河口乡', visits: 1, lastVisit: '2026-05-20' },
          { leader: '王部长', post: '组织部长', township: '白沙镇', visits: 0, lastVisit: '2025-12-01' },
        ].map((l) => ({ ...l, village: null, enterprise: null })),
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
      outsideVisits: [],
      unknownTownships: [],
    });
  });
});
