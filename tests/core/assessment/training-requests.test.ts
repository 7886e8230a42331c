import { describe, expect, it } from 'vitest';
import { assessSmall, sheetRow } from '../../fixtures/small-county';

const request = (no: string, course: string, from: string, status: string, trainees: number, to = '') => ({
  申报编号: no,
  课程名称: course,
  期望开始日期: from,
  期望结束日期: to,
  预计参训人数: trainees,
  状态: status,
});
const training = (start: string, title: string, requestNo: string) => ({
  开班日期: start,
  培训名称: title,
  培训类别: '农村实用技术',
  培训形式: '集中办班',
  学时: 8,
  参训人数: 30,
  对应申报编号: requestNo,
});

// 甲镇: eight requests, five classes in 2026 naming a request; only r1's class serves it.
const rows = [
  sheetRow('甲镇', 'trainingRequests', 'r1', 2, request('2026-01', '柑橘栽培', '2026-03-01', '已安排', 40)),
  sheetRow('甲镇', 'trainingRequests', 'r2', 3, request('2026-02', '柑橘栽培', '2026-05-01', '未通过', 20)),
  sheetRow('甲镇', 'trainingRequests', 'r3', 4, request('2026-03', '电商营销', '2026-09-01', '待审核', 20)),
  sheetRow('甲镇', 'trainingRequests', 'r4', 5, request('2027-01', '柑橘栽培', '2027-03-01', '已安排', 20)),
  sheetRow('甲镇', 'trainingRequests', 'r5', 6, request('2026-04', '电商营销', '2026-04-01', '已安排', 30)),
  sheetRow('甲镇', 'trainingRequests', 'r6', 7, request('2026-05', '电商营销', '2026-06-01', '已完成', 20)),
  sheetRow(
    '甲镇',
    'trainingRequests',
    'r7',
    8,
    request('2026-06', '柑橘栽培', '2026-03-01', '已安排', 25, '2026-04-30'),
  ),
  sheetRow('甲镇', 'trainingRequests', 'r8', 9, request('2026-07', '电商营销', '2026-10-01', '已撤回', 20)),
  sheetRow('甲镇', 'trainings', 'c1', 2, training('2026-04-01', '柑橘栽培培训班', '2026-01')),
  sheetRow('甲镇', 'trainings', 'c2', 3, training('2026-06-01', '柑橘栽培技术班', '2026-02')),
  sheetRow('甲镇', 'trainings', 'c3', 4, training('2026-02-10', '电商营销培训', '2026-03')),
  sheetRow('甲镇', 'trainings', 'c4', 5, training('2026-07-01', '柑橘栽培提高班', '2027-01')),
  sheetRow('甲镇', 'trainings', 'c5', 6, training('2026-05-01', '农产品加工培训班', '2026-04')),
];

describe('菜单式培训: a class serves a request only when taken up, on or after it, same course (defect 2)', () => {
  const result = assessSmall(['甲镇', '乙乡'], rows);
  const jia = result.trainingRequests.find((r) => r.township === '甲镇')!;

  it('accepts every row, 已撤回 included', () => {
    expect(rows.map((r) => r.errors)).toEqual(rows.map(() => []));
  });

  it('lists each 2026 request with the class that served it or why none did', () => {
    expect(jia.lines.map((l) => [l.requestNo, l.status, l.servedBy, l.why])).toEqual([
      ['2026-01', '已安排', '2026-04-01 柑橘栽培培训班', null],
      [
        '2026-02',
        '未通过',
        null,
        '培训班（2026-06-01 柑橘栽培技术班）不计入：申报状态为未通过，县里尚未安排',
      ],
      ['2026-03', '待审核', null, '培训班（2026-02-10 电商营销培训）不计入：申报状态为待审核，县里尚未安排'],
      [
        '2026-04',
        '已安排',
        null,
        '培训班（2026-05-01 农产品加工培训班）的培训名称不含申报课程「电商营销」，不计入',
      ],
      ['2026-05', '已完成', null, '状态为已完成，但「培训记录」中没有对应培训班'],
      ['2026-06', '已安排', null, '已安排，尚无对应培训班'],
      ['2026-07', '已撤回', null, '申报已撤回'],
    ]);
    expect([
      jia.requests,
      jia.pending,
      jia.scheduled,
      jia.completed,
      jia.rejected,
      jia.withdrawn,
      jia.served,
    ]).toEqual([7, 1, 3, 1, 1, 1, 1]);
  });

  it('counts 按申报施训班次占比 as 1 of the 5 classes, and says it counts classes', () => {
    const part = result.ranking
      .find((t) => t.township === '甲镇')!
      .indicators.find((i) => i.id === 'training')!
      .parts.find((p) => p.label === '按申报施训班次占比')!;
    expect([part.numerator, part.denominator, part.value, part.shown]).toEqual([
      1,
      5,
      0.2,
      '20.0%（为已施训申报举办的培训班1期 ÷ 本年度培训班5期）',
    ]);
  });

  it('names the courses the county must organise: 已安排 requests no class served', () => {
    expect(result.coursesToSchedule).toEqual([
      { course: '电商营销', townships: ['甲镇'], requests: 1, expectedTrainees: 30 },
      { course: '柑橘栽培', townships: ['甲镇'], requests: 1, expectedTrainees: 25 },
    ]);
  });

  // Due 90 days after the wished end (or start): r5 04-01 → 06-30, r7 04-30 → 07-29; 已完成 r6 has no due date.
  it('reminds of 已完成 with no class and 已安排 90 days past its wished period', () => {
    expect(
      result.reminders
        .filter((r) => r.kind === 'requestWithoutClass' || r.kind === 'requestOverdue')
        .map((r) => [r.kind, r.township, r.sheetRow, r.dueOn, r.message]),
    ).toEqual([
      [
        'requestOverdue',
        '甲镇',
        6,
        '2026-06-30',
        '申报 2026-04（电商营销）已安排，但期望时间（2026-04-01）已过90天仍无对应培训班；请尽快举办或更正状态',
      ],
      [
        'requestOverdue',
        '甲镇',
        8,
        '2026-07-29',
        '申报 2026-06（柑橘栽培）已安排，但期望时间（2026-04-30）已过90天仍无对应培训班；请尽快举办或更正状态',
      ],
      [
        'requestWithoutClass',
        '甲镇',
        7,
        null,
        '申报 2026-05（电商营销）状态为已完成，但「培训记录」中没有对应的培训班；请在培训记录中填写对应申报编号，或更正状态',
      ],
    ]);
  });
});
