// Pushes batches one after another while assessments run, and the same batches alone with an assessment
// after each: every concurrent assessment must equal one of those between-push references.
import { expect } from 'vitest';
import { runAssessment } from '../../../functions/src/assess/assess-service';
import { assessDeps } from '../../../functions/src/runtime';
import { COUNTY, type Harness, USERS } from '../../support/ingest-harness';
import { memberRows, requestBody } from './rows';

/** What an assessment says that a half-applied push would change: totals, rows and errors per township. */
type View = { ranking: [string, number][]; quality: [string, number, number][] };

/** Each batch fits one transaction (≤ 160 rows); every seventh row has a wrong check digit. */
const BATCHES = [0, 1, 2, 3, 4, 5].map((i) => {
  const rows = memberRows(120, i * 120, `b${i}-`).map((r, j) => {
    if (j % 7) return r;
    const id = String(r.cells.身份证号);
    return { ...r, cells: { ...r.cells, 身份证号: `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}` } };
  });
  return { township: i % 2 ? '河口乡' : '城关镇', rows };
});

async function countyTabs(h: Harness) {
  const leader = await h.token(USERS.leader!.email);
  const settings = ['城关镇', '河口乡'].map((t, i) => ({
    key: `s${i}`,
    revision: 1,
    row: i + 2,
    cells: { 乡镇: t, 表格ID: `sheet-${t}`, 年度发展目标: 10 },
  }));
  const res = await h.post(
    { spreadsheetId: 'county', county: COUNTY, ledger: 'townshipSettings', rows: settings },
    leader,
  );
  expect(res.status).toBe(200);
}

async function view(): Promise<View> {
  const { result } = await runAssessment(COUNTY, 2026, await assessDeps());
  return {
    ranking: result.ranking.map((t) => [t.township, t.total]),
    quality: result.dataQuality.map((q) => [q.township, q.rows, q.withErrors]),
  };
}

export async function assessmentDuringPush(h: Harness): Promise<{ references: View[]; concurrent: View[] }> {
  const tokens: Record<string, string> = {
    城关镇: await h.token(USERS.chengguan!.email),
    河口乡: await h.token(USERS.hekou!.email),
  };
  const push = async (batch: (typeof BATCHES)[number]) => {
    const res = await h.post(requestBody(batch.township, 'members', batch.rows), tokens[batch.township]);
    expect(res.status).toBe(200);
  };
  await countyTabs(h);
  const references = [await view()];
  for (const batch of BATCHES) {
    await push(batch);
    references.push(await view());
  }
  expect(new Set(references.map((r) => JSON.stringify(r))).size).toBe(references.length);

  await h.reset();
  await countyTabs(h);
  const concurrent: View[] = [];
  let pushing = true;
  const assessLoop = async () => {
    while (pushing) concurrent.push(await view());
  };
  const loop = assessLoop();
  for (const batch of BATCHES) {
    // One assessment started with each push, by construction under way while it commits; one more runs freely.
    const during = view();
    await push(batch);
    concurrent.push(await during);
  }
  pushing = false;
  await loop;
  return { references, concurrent };
}
