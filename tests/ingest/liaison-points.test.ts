// 联系点 pushed through ingest: 联系乡镇 checked against 乡镇设置 (lists and 人民政府 accepted), a leader on
// several rows, 督办记录 finding him on any of them, and the dropdowns the answers carry.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COUNTY, USERS } from '../support/ingest-harness';
import { type MemoryHarness, setUpMemoryIngestHarness } from '../support/memory-ingest-harness';

// Over the in-memory store: the Firestore query behind the lists is in the RowStore contract (tests/store).
let h: MemoryHarness;
let leader: string;
beforeAll(async () => {
  h = await setUpMemoryIngestHarness();
  leader = await h.token(USERS.leader!.email);
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const push = (ledger: string, rows: object[]) =>
  h.post(
    {
      spreadsheetId: 'county-sheet',
      county: COUNTY,
      ledger,
      rows: rows.map((cells, i) => ({ key: `${ledger}-${i + 2}`, revision: 1, row: i + 2, cells })),
    },
    leader,
  );

type Answer = { row: number; status: string; errors: { message: string }[] };
const verdicts = (rows: Answer[]) => rows.map((r) => [r.row, r.status, ...r.errors.map((e) => e.message)]);

const UNKNOWN_DING =
  '联系乡镇：「丁乡」不在「乡镇设置」中；现有乡镇：甲镇、乙乡、丙镇。请从下拉列表中选择，或先在「乡镇设置」中登记该乡镇';

describe('ingest: 联系点 and 督办记录 against 乡镇设置', () => {
  beforeEach(async () => {
    const settings = await push(
      'townshipSettings',
      ['甲镇', '乙乡', '丙镇'].map((乡镇) => ({ 乡镇, 年度发展目标: 2 })),
    );
    expect(settings.body.counts.created).toBe(3);
  });

  it('accepts lists and 人民政府, several rows of one leader; refuses unknown names and a true duplicate', async () => {
    const points = await push('liaisonPoints', [
      { 县委常委: '张三', 联系乡镇: '甲镇' },
      { 县委常委: '张三', 联系乡镇: '乙乡人民政府' }, // his second contact township: no duplicate
      { 县委常委: '李四', 联系乡镇: '乙乡、丙镇' },
      { 县委常委: '王五', 联系乡镇: '丁乡' },
      { 县委常委: '张三', 联系乡镇: '甲镇' }, // the same leader and township again
    ]);
    expect(points.status).toBe(200);
    expect(verdicts(points.body.rows)).toEqual([
      [2, 'ok'],
      [3, 'ok'],
      [4, 'ok'],
      [5, 'error', UNKNOWN_DING],
      [
        6,
        'error',
        '县委常委：这位县委常委的这个联系乡镇已登记，在「联系点」第2行；全县只能登记一次，请核对后删除重复行',
      ],
    ]);
    expect(points.body.choices).toEqual({ 联系乡镇: ['丙镇', '甲镇', '乙乡'] });

    // 张三 is found whichever of his rows is asked for; 王五's row has an error but lists him all the same.
    const visits = await push('supervisionVisits', [
      { 县委常委: '张三', 督办日期: '2026-05-01', 乡镇: '乙乡', 督办形式: '实地督查', 督办内容: '推进' },
      { 县委常委: '王五', 督办日期: '2026-05-02', 乡镇: '甲镇政府', 督办形式: '实地督查', 督办内容: '推进' },
      { 县委常委: '赵六', 督办日期: '2026-05-03', 乡镇: '戊镇', 督办形式: '实地督查', 督办内容: '推进' },
    ]);
    expect(verdicts(visits.body.rows)).toEqual([
      [2, 'ok'],
      [3, 'ok'],
      [
        4,
        'error',
        '县委常委：不在「联系点」中；请先在「联系点」登记这位县委常委的联系乡镇',
        '乡镇：「戊镇」不在「乡镇设置」中；现有乡镇：甲镇、乙乡、丙镇。请从下拉列表中选择，或先在「乡镇设置」中登记该乡镇',
      ],
    ]);
    // The dropdowns list the rows without errors: 王五's erroneous row is not offered.
    expect(visits.body.choices).toEqual({ 县委常委: ['李四', '张三'], 乡镇: ['丙镇', '甲镇', '乙乡'] });
  });

  it('tells the county to fill 乡镇设置 first when it has none, and says nothing of an empty push', async () => {
    await push('townshipSettings', []);
    await h.post(
      { spreadsheetId: 'county-sheet', county: COUNTY, ledger: 'townshipSettings', rows: [], liveKeys: [] },
      leader,
    );
    const points = await push('liaisonPoints', [{ 县委常委: '张三', 联系乡镇: '甲镇' }]);
    expect(verdicts(points.body.rows)).toEqual([
      [
        2,
        'error',
        '联系乡镇：「甲镇」不在「乡镇设置」中：「乡镇设置」还没有任何乡镇，请先填写并同步「乡镇设置」',
      ],
    ]);
    expect(points.body.choices).toEqual({ 联系乡镇: [] });
  });
});
