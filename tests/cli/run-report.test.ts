import { describe, expect, it } from 'vitest';
import { resultJson } from '../../functions/src/cli/run-report';
import { assessFixture } from '../fixtures/assessment-county';

describe('run --json carries 菜单式培训 and 三联 (issue 19, defect 8)', () => {
  const json = JSON.parse(JSON.stringify(resultJson(assessFixture())));

  it('has each request with the class that served it, and the courses to organise', () => {
    expect(json.trainingRequests.map((r: any) => [r.township, r.requests, r.served])).toEqual([
      ['城关镇', 2, 1],
      ['河口乡', 1, 1],
      ['白沙镇', 1, 1],
      ['青山乡', 0, 0],
    ]);
    expect(
      json.trainingRequests[0].lines.map((l: any) => [l.requestNo, l.status, l.servedBy, l.why]),
    ).toEqual([
      ['2026-01', '已完成', '2026-03-10 柑橘栽培培训班2026-03-10', null],
      ['2026-02', '待审核', null, '尚待县里审核'],
    ]);
    expect(json.coursesToSchedule).toEqual([]);
  });

  it('has the 三联 visits per leader and township', () => {
    expect(json.liaison.leaders.map((l: any) => [l.leader, l.township, l.visits])).toEqual([
      ['张书记', '城关镇', 2],
      ['李县长', '河口乡', 1],
      ['王部长', '白沙镇', 0],
    ]);
    expect(json.liaison.outsideVisits).toEqual([]);
  });
});
