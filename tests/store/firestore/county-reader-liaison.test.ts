// readCounty gives the assessment 联系点 in the sheet's order (not the store's key order), with 联系村 and 联系企业.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounty } from '../../../functions/src/store/firestore/county-reader';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../../support/ingest-harness';

let h: Harness;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
}, 60_000);
afterAll(() => h.close());

describe('readCounty: 联系点', () => {
  it('orders the rows by their sheet row and carries 联系村 and 联系企业; rows with errors are left out', async () => {
    const leader = await h.token(USERS.leader!.email);
    const post = (ledger: string, rows: { key: string; row: number; cells: object }[]) =>
      h.post(
        {
          spreadsheetId: 'county-sheet',
          county: COUNTY,
          ledger,
          rows: rows.map((r) => ({ ...r, revision: 1 })),
        },
        leader,
      );
    const settings = ['甲镇', '乙乡'].map((乡镇, i) => ({
      key: `t${i}`,
      row: i + 2,
      cells: { 乡镇, 年度发展目标: 1 },
    }));
    expect((await post('townshipSettings', settings)).status).toBe(200);
    // Keys sort z, m, a: the store returns them a, m, z; the sheet has them z, m, a.
    const points = await post('liaisonPoints', [
      {
        key: 'z',
        row: 2,
        cells: { 县委常委: '张书记', 联系乡镇: '乙乡', 联系村: '西村', 联系企业: '乙乡茶厂' },
      },
      { key: 'm', row: 3, cells: { 县委常委: '李县长', 联系乡镇: '丁乡' } },
      { key: 'a', row: 4, cells: { 县委常委: '张书记', 联系乡镇: '甲镇' } },
    ]);
    expect(points.body.rows.map((r: { status: string }) => r.status)).toEqual(['ok', 'error', 'ok']);
    expect((await readCounty(h.db, COUNTY)).liaisonPoints).toEqual([
      { leader: '张书记', post: null, township: '乙乡', village: '西村', enterprise: '乙乡茶厂' },
      { leader: '张书记', post: null, township: '甲镇', village: null, enterprise: null },
    ]);
  });
});
