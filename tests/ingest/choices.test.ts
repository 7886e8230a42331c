// Answers that carry a dropdown's choices: 培训申报 pushes get the county's live 培训菜单 courses, sorted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memberRow } from '../fixtures/ledger-rows';
import { COUNTY, ingestBody, ingestCounts, USERS } from '../support/ingest-harness';
import { type MemoryHarness, setUpMemoryIngestHarness } from '../support/memory-ingest-harness';

// Over the in-memory store: the Firestore query behind the choices is in the RowStore contract (tests/store).
let h: MemoryHarness;
let clerk: string;
let leader: string;
beforeAll(async () => {
  h = await setUpMemoryIngestHarness();
  clerk = await h.token(USERS.chengguan!.email);
  leader = await h.token(USERS.leader!.email);
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const course = (name: string, hours: number | null = 8) => ({
  课程名称: name,
  培训类别: '农村实用技术',
  培训形式: '集中办班',
  学时: hours,
});

/** The leader pushes county tab rows (key → cells), optionally as a full sync. */
const pushCounty = (ledger: string, rows: Record<string, object>, extra: object = {}) =>
  h.post(
    {
      spreadsheetId: 'county-sheet',
      county: COUNTY,
      ledger,
      rows: Object.entries(rows).map(([key, cells], i) => ({ key, revision: 1, row: i + 2, cells })),
      ...extra,
    },
    leader,
  );

const request = {
  申报编号: '2026-01',
  课程名称: '柑橘栽培技术',
  期望开始日期: '2026-12-10',
  预计参训人数: 30,
  状态: '待审核',
};

describe('ingest: choices for columns that list a county tab', () => {
  it('answers an empty 培训申报 push with the live, error-free courses in pinyin order, writing nothing', async () => {
    const menu = await pushCounty('trainingMenu', {
      m1: course('柑橘栽培技术'),
      m2: course('农村电商'),
      m3: course('安全生产', null), // 学时 missing: an error row
      m4: course('党的基本知识'),
      m5: course('柑橘栽培技术'), // a duplicate: an error row
    });
    expect(menu.body.rows.map((r: { status: string }) => r.status)).toEqual([
      'ok',
      'ok',
      'error',
      'ok',
      'error',
    ]);
    expect(menu.body).not.toHaveProperty('choices');
    const audit = h.store.auditOf(COUNTY).length;

    const res = await h.post(ingestBody('trainingRequests', []), clerk);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      county: COUNTY,
      township: '城关镇',
      ledger: 'trainingRequests',
      sheetWarnings: [],
      rows: [],
      counts: ingestCounts(),
      choices: { 课程名称: ['党的基本知识', '柑橘栽培技术', '农村电商'] },
    });
    const requests = { county: COUNTY, township: '城关镇', ledgerId: 'trainingRequests' };
    expect(await h.store.liveKeys(requests)).toEqual([]);
    expect(h.store.auditOf(COUNTY)).toHaveLength(audit);
  });

  it('follows the menu: fixed rows join, deleted rows leave; a push with rows carries them too', async () => {
    await pushCounty('trainingMenu', {
      m1: course('柑橘栽培技术'),
      m3: course('安全生产', null),
      m4: course('党的基本知识'),
    });
    const fixed = await pushCounty(
      'trainingMenu',
      { m1: course('柑橘栽培技术'), m3: course('安全生产', 4) },
      { liveKeys: ['m1', 'm3'] },
    );
    expect(fixed.body.counts).toMatchObject({ updated: 1, unchanged: 1, deleted: 1 });
    const res = await h.post(ingestBody('trainingRequests', [{ key: 'r1', cells: request }]), clerk);
    expect(res.body.rows[0]).toMatchObject({ result: 'created', status: 'ok' });
    expect(res.body.choices).toEqual({ 课程名称: ['安全生产', '柑橘栽培技术'] });
  });

  it('answers an empty list before the county has a menu, and no choices for other ledgers', async () => {
    const empty = await h.post(ingestBody('trainingRequests', [], { headers: [] }), clerk);
    expect([empty.status, empty.body.choices]).toEqual([200, { 课程名称: [] }]);
    const members = await h.post(ingestBody('members', [{ key: 'm1', cells: memberRow }]), clerk);
    expect(members.status).toBe(200);
    expect(members.body).not.toHaveProperty('choices');
  });

  it('gives the county’s 督办记录 the leaders listed in 联系点 and the townships of 乡镇设置', async () => {
    await pushCounty('townshipSettings', {
      t1: { 乡镇: '城关镇', 年度发展目标: 2 },
      t2: { 乡镇: '河口乡', 年度发展目标: 1 },
    });
    await pushCounty('liaisonPoints', {
      l1: { 县委常委: '张三', 联系乡镇: '城关镇' },
      l2: { 县委常委: '李四', 联系乡镇: '河口乡' },
    });
    const res = await pushCounty('supervisionVisits', {});
    expect([res.status, res.body.choices]).toEqual([
      200,
      { 县委常委: ['李四', '张三'], 乡镇: ['城关镇', '河口乡'] },
    ]);
  });
});
