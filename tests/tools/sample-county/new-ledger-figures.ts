// Figures of the scale-1 county's 帮带记录, 培训菜单/培训申报 and 联系点/督办记录 (run from figures.test.ts,
// which generates the county once).
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../functions/src/core/dates/civil-date';
import {
  type LedgerDef,
  mentoringLogsLedger,
  PAIR_DUTIES,
  pairsLedger,
  supervisionVisitsLedger,
  trainingRequestsLedger,
  trainingsLedger,
} from '../../../functions/src/core/ledgers';
import { dutiesOf } from '../../../functions/src/core/ledgers/pairs';
import { validateRow } from '../../../functions/src/core/validation';
import type { SampleCounty } from '../../../tools/sample-county';
import { countyRowsOf, type LocatedRow, plantedAt, rowsOf } from './county-rows';

type Values = Record<string, string | number | null>;
const count = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length;
const tally = (values: readonly unknown[]) => {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
};

export function describeNewLedgers(county: SampleCounty) {
  const { today } = county;
  const clean = (ledger: LedgerDef, rows: LocatedRow[], kinds?: string[]) => {
    const planted = plantedAt(county, kinds);
    return rows
      .filter((r) => !planted.has(`${r.township}|${ledger.id}|${r.rowIndex}`))
      .map((r) => ({ ...r, v: validateRow(ledger, r.row, { today }).values as Values }));
  };
  const pairs = clean(pairsLedger, rowsOf(county, 'pairs'), []);
  const logRows = rowsOf(county, 'mentoringLogs');
  const logs = clean(mentoringLogsLedger, logRows);
  const requests = clean(trainingRequestsLedger, rowsOf(county, 'trainingRequests'), []);
  const classes = clean(trainingsLedger, rowsOf(county, 'trainings'), []);
  const visits = clean(supervisionVisitsLedger, countyRowsOf(county, 'supervisionVisits'));
  const running = pairs.filter((p) => p.v.status === '进行中');
  const lastContact = new Map<string, string>();
  for (const l of logs) {
    const key = `${l.township}|${l.v.pairType}:${l.v.menteeId}`;
    if (String(l.v.contactOn) > (lastContact.get(key) ?? '')) lastContact.set(key, String(l.v.contactOn));
  }
  const lastOf = (p: (typeof pairs)[number]) =>
    lastContact.get(`${p.township}|${p.v.pairType}:${p.v.menteeId}`);

  describe('帮带结对: 责任卡 and 成效', () => {
    it('gives 2+1 pairs the four duties (31 only some) and 1+1 pairs 技术、项目', () => {
      const duties = pairs.map((p) => ({
        type: p.v.pairType as keyof typeof PAIR_DUTIES,
        duties: dutiesOf(String(p.v.duties), p.v.pairType as keyof typeof PAIR_DUTIES),
      }));
      const full = (d: (typeof duties)[number]) => d.duties.join() === PAIR_DUTIES[d.type].join();
      expect(count(duties, (d) => d.type === '1+1' && !full(d))).toBe(0);
      expect(count(duties, (d) => d.type === '2+1' && !full(d))).toBe(31);
    });

    it('writes the 成效 of every finished pair but 17', () => {
      const finished = pairs.filter((p) => p.v.status === '已完成');
      expect(finished.length).toBeGreaterThan(500);
      expect(count(finished, (p) => !p.v.outcome)).toBe(17);
    });
  });

  describe('帮带记录', () => {
    it('logs about 9,800 contacts, in the township of the pair, between its start and today', () => {
      expect(logRows).toHaveLength(9778);
      const pairOf = new Map(pairs.map((p) => [`${p.v.pairType}:${p.v.menteeId}`, p]));
      const misplaced = logs.filter((l) => {
        const pair = pairOf.get(`${l.v.pairType}:${l.v.menteeId}`)!;
        const day = String(l.v.contactOn);
        return pair.township !== l.township || day < String(pair.v.startedOn ?? '') || day > today;
      });
      expect(misplaced).toEqual([]);
      expect(tally(logs.map((l) => l.v.form))).toEqual({
        上门走访: 2582,
        现场指导: 3103,
        电话联系: 1882,
        集中学习: 1133,
        其他: 981,
      });
    });

    it('has at most six contacts a pair in any year', () => {
      const perPairYear = tally(
        logs.map((l) => `${l.v.pairType}:${l.v.menteeId}|${String(l.v.contactOn).slice(0, 4)}`),
      );
      expect(Math.max(...Object.values(perPairYear))).toBe(6);
    });

    it('shows a contact this year for most running pairs; one in ten not met for 90 days; a few never', () => {
      expect(running).toHaveLength(3752);
      expect(count(running, (p) => (lastOf(p) ?? '') >= '2024-01-01')).toBe(3658);
      const overdue = running.filter((p) => (lastOf(p) ?? String(p.v.startedOn)) <= addDays(today, -90));
      expect(overdue).toHaveLength(388);
      expect(overdue.length / running.length).toBeGreaterThan(0.08);
      expect(overdue.length / running.length).toBeLessThan(0.12);
      expect(count(running, (p) => !lastOf(p))).toBe(91);
    });
  });

  describe('菜单式培训', () => {
    it('offers 22 courses on the menu, in every category and form', () => {
      const menu = county.trainingMenu;
      expect(menu).toHaveLength(22);
      expect(new Set(menu.map((c) => c.课程名称)).size).toBe(22);
      expect(new Set(menu.map((c) => c.培训类别)).size).toBe(6);
      expect(new Set(menu.map((c) => c.培训形式)).size).toBe(5);
    });

    it('numbers requests per township and year; 42 of 60 classes answer one, 已安排 or 已完成', () => {
      expect(requests).toHaveLength(78);
      expect(tally(requests.map((r) => r.v.status))).toEqual({
        已完成: 34,
        已安排: 19,
        待审核: 18,
        未通过: 7,
      });
      for (const r of requests) expect(String(r.v.requestNo)).toMatch(/^20\d\d-\d\d$/);
      const numbers = new Map(requests.map((r) => [`${r.township}|${r.v.requestNo}`, r]));
      expect(numbers.size).toBe(requests.length);
      const answering = classes.filter((c) => c.v.requestNo);
      expect(answering).toHaveLength(42);
      const served = answering.flatMap((c) => numbers.get(`${c.township}|${c.v.requestNo}`) ?? []);
      expect(served).toHaveLength(41);
      expect(new Set(served.map((r) => r.v.status))).toEqual(new Set(['已安排', '已完成']));
    });
  });

  describe('三联', () => {
    it('has eleven standing-committee members, each liaising with a different township', () => {
      const points = county.liaisonPoints;
      expect(points.map((p) => p.职务).slice(0, 3)).toEqual(['县委书记', '县长', '县委副书记']);
      expect(new Set(points.map((p) => p.联系乡镇)).size).toBe(11);
      expect(points.every((p) => p.联系村 && p.联系企业)).toBe(true);
    });

    it('records several visits a year per member; five townships had none in the last 90 days', () => {
      expect(county.supervisionVisits).toHaveLength(138);
      const leaders = new Set(county.liaisonPoints.map((p) => p.县委常委));
      const thisYear = visits.filter((v) => String(v.v.visitedOn) >= '2024-01-01');
      const perLeader = tally(thisYear.map((v) => v.v.leader));
      expect(new Set(Object.keys(perLeader))).toEqual(leaders);
      // The one liaison leader who let it slip visited once; the others three to ten times.
      expect(Object.values(perLeader).sort((a, b) => a - b)).toEqual([1, 3, 4, 4, 4, 4, 7, 8, 9, 9, 10]);
      const recent = new Set(
        visits.filter((v) => String(v.v.visitedOn) >= addDays(today, -90)).map((v) => v.v.township),
      );
      expect(county.townships.filter((t) => !recent.has(t.name))).toHaveLength(5);
    });
  });
}
