// Privacy: after a realistic push (errors, a duplicate across townships, refusals, a malformed body) and an
// assessment, no raw 18-digit ID number is in any log line, summary (Sheets requests and .xlsx files),
// audit or security-log entry, or answer sent to a township about another township's person.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAssessment } from '../../functions/src/assess/assess-service';
import { memoryLogger } from '../../functions/src/log/logger';
import { createPublisher, spreadsheetTargets } from '../../functions/src/report/publish-summaries';
import { saveUser } from '../../functions/src/store/firestore/users';
import { fakeSheetsWriter } from '../summary/sheets-test-client';
import { type FakeSheetsServer, startFakeSheetsServer } from '../support/fake-sheets-server';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';
import { pushFixtureCounty } from '../support/push-fixture-county';
import { type FunctionsChild, startFunctionsChild } from './support/functions-child';
import { memberRows, requestBody } from './support/rows';

const RAW_ID = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;

let h: Harness;
let child: FunctionsChild;
let summaries: string;
let sheets: FakeSheetsServer;
/** Every ID number the test sent, and every text to scan, by where it came from. */
const ids = new Set<string>();
const scanned: Record<string, string[]> = {};
const keep = (where: string, text: string) => {
  scanned[where] = [...(scanned[where] ?? []), text];
};

beforeAll(async () => {
  process.env.SHUANGPEI_SUMMARIES = 'none';
  h = await setUpIngestHarness(import.meta.url);
  summaries = await mkdtemp(join(tmpdir(), 'shuangpei-privacy-'));
  // NODE_ENV as in production: Express then logs the errors of its body parsers (vitest sets `test`).
  child = await startFunctionsChild({
    NODE_ENV: 'production',
    SHUANGPEI_LOG_LEVEL: 'info',
    SHUANGPEI_SUMMARIES: `xlsx:${summaries}`,
  });
  sheets = await startFakeSheetsServer();
  for (const id of ['county-sheet', 'sheet-cg', 'sheet-hk', 'sheet-bs'])
    sheets.addSpreadsheet(id, [{ title: '说明', sheetId: 0 }]);
}, 60_000);
afterAll(async () => {
  await sheets.close();
  await h.close();
  await rm(summaries, { recursive: true, force: true });
});

const post = async (
  path: string,
  body: string,
  token: string | null,
  contentType = 'text/plain; charset=utf-8',
) => {
  const response = await fetch(`${child.url}/${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, body: text.startsWith('{') ? JSON.parse(text) : text };
};

describe('no raw ID number leaves the system', () => {
  it('runs a realistic push and assessment through the functions in their own process', async () => {
    const { answers, sheets: fixture } = await pushFixtureCounty(h, (body, token) =>
      post('ingest', JSON.stringify(body), token),
    );
    for (const row of fixture)
      for (const v of Object.values(row.cells)) if (/^\d{17}[\dX]$/.test(String(v))) ids.add(String(v));
    for (const a of answers) keep(`answer to ${a.township ?? 'the county'}`, JSON.stringify(a.body));
    // 河口乡 registers people 城关镇 already holds: 河口乡 is told where, never the number.
    const cgMembers = fixture.filter((r) => r.township === '城关镇' && r.ledger === 'members');
    const hekou = await h.token(USERS.hekou!.email);
    const dup = cgMembers.map((r, i) => ({ key: `dup${i}`, revision: 1, row: 40 + i, cells: r.cells }));
    const dupAnswer = await post('ingest', JSON.stringify(requestBody('河口乡', 'members', dup)), hekou);
    expect(
      dupAnswer.body.rows.some((r: { errors: { ruleId: string }[] }) =>
        r.errors.some((e) => e.ruleId === 'county.duplicate-person'),
      ),
    ).toBe(true);
    keep('answer to 河口乡 about 城关镇', dupAnswer.text);
    // Wrong check digits, a refused caller with ID numbers where names go, a malformed JSON body full of them.
    const clerk = await h.token(USERS.chengguan!.email);
    const bad = memberRows(5, 9000, 'bad').map((r) => ({
      ...r,
      cells: {
        ...r.cells,
        身份证号: `${String(r.cells.身份证号).slice(0, 17)}${String(r.cells.身份证号).endsWith('1') ? '2' : '1'}`,
      },
    }));
    for (const r of [...bad, ...memberRows(5, 9000, 'x')]) ids.add(String(r.cells.身份证号));
    keep(
      'answer with errors',
      (await post('ingest', JSON.stringify(requestBody('城关镇', 'members', bad)), clerk)).text,
    );
    const someId = [...ids][0]!;
    const stranger = await h.token('stranger@example.com');
    await saveUser(h.db, { email: 'clerk@other.example', role: 'clerk', county: '邻县', township: someId });
    expect(
      (
        await post(
          'ingest',
          JSON.stringify({ ...requestBody(someId, 'members', []), county: someId }),
          stranger,
        )
      ).status,
    ).toBe(403);
    const malformed = `{"rows":[{"cells":{"身份证号":"${someId}","备注":"${[...ids].slice(1, 4).join(',')}"}}],`;
    expect((await post('ingest', malformed, clerk, 'application/json')).status).toBe(400);
    expect((await post('ingest', malformed, clerk)).status).toBe(400);
    // The assessment: .xlsx summaries from the functions, Sheets summaries from the same data in this process.
    const leader = await h.token(USERS.leader!.email);
    const assessed = await post('assessNow', JSON.stringify({ county: COUNTY, year: 2026 }), leader);
    expect(assessed.status).toBe(200);
    expect(assessed.body.published.filter((p: { ok: boolean }) => p.ok)).toHaveLength(5);
    const { assessDeps } = await import('../../functions/src/runtime');
    const publish = createPublisher(fakeSheetsWriter(sheets).write, spreadsheetTargets, memoryLogger());
    await runAssessment(COUNTY, 2026, { ...(await assessDeps()), publish });
    const { stdout, stderr } = await child.stop();
    expect(stdout).toContain('"message":"ingest"');
    expect(stderr).toContain('refused body: 400 BAD_REQUEST 请求内容不是有效的 JSON，请检查格式');
    keep('functions stdout', stdout);
    keep('functions stderr', stderr);
  }, 120_000);

  it('finds none in logs, summaries, audit, security log, snapshots, persons or cross-township answers', async () => {
    expect(ids.size).toBeGreaterThan(20);
    for (const call of sheets.calls) keep('Sheets API requests', JSON.stringify(call.body ?? ''));
    expect(scanned['Sheets API requests']!.length).toBeGreaterThan(4);
    const files = await readdir(summaries);
    expect(files.filter((f) => f.endsWith('.xlsx'))).toHaveLength(5);
    for (const file of files) {
      const zip = await JSZip.loadAsync(await readFile(join(summaries, file)));
      for (const entry of Object.values(zip.files))
        if (!entry.dir) keep(`summary ${file}`, await entry.async('string'));
    }
    const county = h.db.collection('counties').doc(COUNTY);
    for (const [where, ref] of [
      ['audit', county.collection('audit')],
      ['persons', county.collection('persons')],
      ['security log', h.db.collection('securityLog')],
    ] as const) {
      const docs = (await ref.get()).docs;
      expect(docs.length, where).toBeGreaterThan(0);
      keep(where, JSON.stringify(docs.map((d) => d.data())));
    }
    const snapshots = await h.db.collectionGroup('snapshots').get();
    const traces = await h.db.collectionGroup('townships').where('township', '!=', null).get();
    const pages = await h.db.collectionGroup('pages').get(); // traces, reminders and duplicate rows
    expect(pages.size, 'snapshot pages').toBeGreaterThan(0);
    keep(
      'assessment snapshots',
      JSON.stringify([...snapshots.docs, ...traces.docs, ...pages.docs].map((d) => d.data())),
    );

    const leaks: string[] = [];
    for (const [where, texts] of Object.entries(scanned)) {
      const text = texts.join('\n');
      for (const match of text.matchAll(RAW_ID)) leaks.push(`${where}: ${match[0]}`);
      for (const id of ids) if (text.includes(id)) leaks.push(`${where}: ${id}`);
    }
    expect(leaks).toEqual([]);
    expect(Object.keys(scanned).length).toBeGreaterThanOrEqual(12);
  });
});
