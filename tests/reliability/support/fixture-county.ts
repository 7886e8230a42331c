// Pushes the hand-checkable fixture county (tests/fixtures/assessment-county) through ingest, as its clerks
// and its leader would: county tabs first, then each township's tabs in template order.
import { expect } from 'vitest';
import { TOWNSHIP_LEDGERS } from '../../../functions/src/core/ledgers';
import { saveUser } from '../../../functions/src/store/firestore/users';
import { fixtureSheets, qualitative, townships } from '../../fixtures/assessment-county';
import { COUNTY, type Harness, USERS } from '../../support/ingest-harness';

export type Post = (body: unknown, token: string) => Promise<{ status: number; body: unknown }>;

/** Creates a clerk per township, pushes everything, returns every answer (tests scan them). */
export async function pushFixtureCounty(h: Harness, post: Post = (b, t) => h.post(b, t)) {
  const answers: { township: string | null; status: number; body: unknown }[] = [];
  const send = async (township: string | null, body: unknown, token: string) => {
    const res = await post(body, token);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    answers.push({ township, ...res });
  };
  const leader = await h.token(USERS.leader!.email);
  const countyTab = (ledger: string, rows: Record<string, unknown>[]) => ({
    spreadsheetId: 'county-sheet',
    county: COUNTY,
    ledger,
    rows: rows.map((cells, i) => ({ key: `${ledger}-${i}`, revision: 1, row: i + 2, cells })),
  });
  const settings = townships.map((t) => ({
    乡镇: t.township,
    表格ID: t.spreadsheetId,
    年度发展目标: t.annualTarget,
  }));
  await send(null, countyTab('townshipSettings', settings), leader);
  const scores = qualitative.map((q) => ({
    考评年度: q.year,
    乡镇: q.township,
    定性得分: q.score,
    加分: q.bonus,
    扣分: q.penalty,
    说明: q.remarks,
  }));
  await send(null, countyTab('qualitativeScores', scores), leader);
  const sheets = fixtureSheets();
  for (const township of ['河口乡', '白沙镇', '城关镇']) {
    const email = `clerk@${encodeURIComponent(township)}.fixture.example`;
    await saveUser(h.db, { email, role: 'clerk', county: COUNTY, township });
    const token = await h.token(email);
    for (const ledger of TOWNSHIP_LEDGERS) {
      const rows = sheets.filter((r) => r.township === township && r.ledger === ledger.id);
      if (!rows.length) continue;
      const body = {
        spreadsheetId: `sheet-${township}`,
        county: COUNTY,
        township,
        ledger: ledger.id,
        rows: rows.map((r) => ({ key: r.key, revision: 1, row: r.sheetRow, cells: r.cells })),
      };
      await send(township, body, token);
    }
  }
  return { answers, sheets };
}
