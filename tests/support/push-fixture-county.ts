// Pushes the hand-checkable fixture county (tests/fixtures/assessment-county) through ingest, as its clerks
// and its leader would: county tabs first, then each township's tabs in template order.
import { expect } from 'vitest';
import { TOWNSHIP_LEDGERS } from '../../functions/src/core/ledgers';
import { saveUser } from '../../functions/src/store/firestore/users';
import {
  fixtureSheets,
  liaisonPoints,
  qualitative,
  townships,
  trainingMenu,
  visits,
} from '../fixtures/assessment-county';
import { COUNTY, type Harness, USERS } from './ingest-harness';

export type Post = (body: unknown, token: string) => Promise<{ status: number; body: unknown }>;

/** Creates a clerk per township, pushes everything, returns every answer (tests scan them). */
export async function pushFixtureCounty(h: Harness, post: Post = (b, t) => h.post(b, t)) {
  const answers: { township: string | null; status: number; body: unknown }[] = [];
  const send = async (township: string | null, body: unknown, token: string) => {
    const res = await post(body, token);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    answers.push({ township, status: res.status, body: res.body });
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
  await send(null, countyTab('trainingMenu', trainingMenu), leader);
  const points = liaisonPoints.map((p) => ({
    县委常委: p.leader,
    职务: p.post,
    联系乡镇: p.township,
    联系村: p.village ?? null,
    联系企业: p.enterprise ?? null,
  }));
  await send(null, countyTab('liaisonPoints', points), leader);
  const visitRows = visits.map((v) => ({
    县委常委: v.leader,
    督办日期: v.visitedOn,
    乡镇: v.township,
    督办形式: '实地督查',
    督办内容: '推进双培双带',
  }));
  await send(null, countyTab('supervisionVisits', visitRows), leader);
  const sheets = fixtureSheets();
  const clerks: Record<string, string> = {};
  for (const township of ['河口乡', '白沙镇', '城关镇']) {
    const email = `clerk@${encodeURIComponent(township)}.fixture.example`;
    await saveUser(h.db, { email, role: 'clerk', county: COUNTY, township });
    const token = await h.token(email);
    clerks[township] = token;
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
  return { answers, sheets, clerks };
}
