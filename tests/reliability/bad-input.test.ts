// Property-based fuzzing of `ingest` with fast-check: every bad request gets a 4xx with a Chinese message
// (or a 200 with Chinese per-row errors when it is well-formed), never a 5xx, never a partial write.
import type { Server } from 'node:http';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCheckDigit } from '../../functions/src/core/id-number';
import type { IngestDeps } from '../../functions/src/ingest/ingest-handler';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';
import {
  brokenJson,
  deep,
  FORMULAS,
  type FuzzRequest,
  formulas,
  garbage,
  garbageAsJson,
  huge,
  invalidUtf8,
  mutated,
  pollution,
  type RefusedRequest,
  unreadable,
} from './support/fuzz-cases';
import { memberRows, requestBody } from './support/rows';

const SEED = 20261125;
const CHINESE = /[\u4e00-\u9fff]/;
let h: Harness;
let url: string;
let listener: Server;
let token: string;
let storeCalls = 0;
let requests = 0;

beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
  token = await h.token(USERS.chengguan!.email);
  listener = getTestServer('ingest') as unknown as Server;
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(listener.address() as { port: number }).port}/`;
  // Count every call into the store: a refused request must never reach it.
  const { ingestDeps } = await import('../../functions/src/runtime');
  const deps: IngestDeps = await ingestDeps();
  for (const method of ['transact', 'liveKeys', 'choices'] as const) {
    const original = deps.store[method].bind(deps.store) as (...a: unknown[]) => Promise<never>;
    (deps.store as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      storeCalls++;
      return original(...args);
    };
  }
});
afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
  await h.close();
  console.log(`bad-input fuzz: ${requests} requests sent to ingest`);
});

async function send(request: FuzzRequest, auth: string | null = token) {
  requests++;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      ...request.headers,
      ...(auth === null ? {} : { authorization: `Bearer ${auth}` }),
    },
    body: request.body,
  });
  const text = await response.text();
  return { status: response.status, text, json: response.headers.get('content-type')?.includes('json') };
}

/** A refusal: 4xx, our JSON with a Chinese message, and the store never called. */
async function expectRefused(request: FuzzRequest, auth?: string | null) {
  const before = storeCalls;
  const res = await send(request, auth);
  expect(res.status, res.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
  expect(res.json).toBe(true);
  expect(JSON.parse(res.text).error.message).toMatch(CHINESE);
  expect(storeCalls).toBe(before);
  return JSON.parse(res.text).error.message as string;
}

/** A 400 of our JSON shape with exactly the message the case names, and the store never called. */
async function expectBadRequest(request: RefusedRequest) {
  const before = storeCalls;
  const res = await send(request);
  expect([res.status, res.json], res.text.slice(0, 300)).toEqual([400, true]);
  expect(JSON.parse(res.text)).toEqual({ error: { code: 'BAD_REQUEST', message: request.message } });
  expect(storeCalls).toBe(before);
}

/** Documents of the test county: rows, persons, audit (the refusal log lives outside it). */
async function storedDocuments(): Promise<number> {
  const county = h.db.collection('counties').doc(COUNTY);
  const counts = await Promise.all([
    h.db.collectionGroup('members').count().get(),
    county.collection('persons').count().get(),
    county.collection('audit').count().get(),
  ]);
  return counts.reduce((n, c) => n + c.data().count, 0);
}

const run = <T>(arb: fc.Arbitrary<T>, numRuns: number, check: (value: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arb, check), { numRuns, seed: SEED, endOnFailure: true });

describe('ingest under bad input (fast-check, fixed seed)', () => {
  it('refuses garbage, wrong types, huge strings, deep nesting, bad UTF-8 and prototype keys before the store', async () => {
    const before = await storedDocuments();
    await run(garbage, 600, async (r) => void (await expectRefused(r)));
    await run(deep, 150, async (r) => void (await expectRefused(r)));
    await run(invalidUtf8, 300, async (r) => {
      expect(await expectRefused(r)).toBe('请求内容不是有效的 UTF-8 文本');
    });
    await run(pollution, 300, async (r) => {
      expect(await expectRefused(r)).toMatch(
        /^请求中含有不允许的字段名「(__proto__|constructor|prototype)」$/,
      );
    });
    await run(huge, 60, async (r) => void (await expectRefused(r)));
    // Labelled `application/json`, the framework's parser reads them first: its refusals get our answer too.
    await run(brokenJson, 100, expectBadRequest);
    await run(garbageAsJson, 200, async (r) => void (await expectRefused(r)));
    await run(unreadable, 40, expectBadRequest);
    await run(fc.string({ maxLength: 300 }), 100, async (t) => {
      expect(
        await expectRefused(
          { body: JSON.stringify(requestBody('城关镇', 'members', [])), contentType: 'text/plain' },
          t,
        ),
      ).toMatch(/^(身份验证失败|缺少身份令牌)/);
    });
    expect(await storedDocuments()).toBe(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('answers a request with one wrong-typed or missing field with a 4xx, or stores it whole when it is still valid', async () => {
    await run(mutated, 600, async (r) => {
      const before = storeCalls;
      const res = await send(r);
      expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
      const body = JSON.parse(res.text);
      if (res.status !== 200) {
        expect(body.error.message).toMatch(CHINESE);
        expect(storeCalls).toBe(before);
      } else {
        expect(
          body.rows.flatMap((row: { errors: { message: string }[] }) => row.errors.map((e) => e.message)),
        ).toSatisfy((messages: string[]) => messages.every((m) => CHINESE.test(m)));
      }
    });
  });

  it('stores formulas as plain text, with Chinese per-row errors where a column rejects them', async () => {
    let n = 0;
    await run(formulas, 60, async (cells) => {
      const row = memberRows(1, 5000 + n++, 'fx')[0]!;
      for (const { column, text } of cells) row.cells[column] = text;
      const res = await send({
        body: JSON.stringify(requestBody('城关镇', 'members', [row])),
        contentType: 'text/plain',
      });
      expect(res.status).toBe(200);
      const answer = JSON.parse(res.text).rows[0];
      for (const e of answer.errors) expect(e.message).toMatch(CHINESE);
      const stored = (await h.db.doc(`counties/${COUNTY}/townships/城关镇/members/${row.key}`).get()).data()!;
      for (const { column } of cells) expect(stored.cells[column]).toBe(row.cells[column]);
    });
    expect(FORMULAS.length).toBeGreaterThan(0);
  });

  it('rejects every wrong check digit of an ID number, naming the right one, and registers nobody', async () => {
    const rows = memberRows(30, 7000, 'cd');
    for (const [i, row] of rows.entries()) {
      const id = String(row.cells.身份证号);
      const right = computeCheckDigit(id.slice(0, 17));
      const wrong = [...'0123456789X'].filter((d) => d !== right);
      const batch = wrong.map((digit, j) => ({
        ...row,
        key: `${row.key}-${j}`,
        row: j + 2,
        cells: { ...row.cells, 身份证号: `${id.slice(0, 17)}${digit}` },
      }));
      const res = await send({
        body: JSON.stringify(requestBody('城关镇', 'members', batch)),
        contentType: 'text/plain',
      });
      expect(res.status).toBe(200);
      const answer = JSON.parse(res.text);
      expect(answer.rows.map((r: { errors: { message: string }[] }) => r.errors[0]?.message)).toEqual(
        batch.map(() => `身份证号：校验位应为 ${right}，请核对`),
      );
      expect(answer.counts.withErrors, `row ${i}`).toBe(10);
    }
    const persons = await h.db
      .collection(`counties/${COUNTY}/persons`)
      .where('key', '>=', 'cd')
      .where('key', '<', 'ce')
      .get();
    expect(persons.size).toBe(0);
  });

  it('stores a request of long but allowed cells (4.8 MB) whole, in transactions small enough to commit', async () => {
    // 240 KB a row, just under the row limit; in one transaction the commit would be too large to go through.
    const rows = memberRows(20, 8000, 'big').map((r) => ({
      ...r,
      cells: { ...r.cells, 备注: '长'.repeat(80_000) },
    }));
    const res = await send({
      body: JSON.stringify(requestBody('城关镇', 'members', rows)),
      contentType: 'text/plain',
    });
    expect(res.status).toBe(200);
    const answer = JSON.parse(res.text);
    expect(answer.counts).toMatchObject({ created: 20, withErrors: 20 });
    expect(answer.rows[0].errors.map((e: { message: string }) => e.message)).toEqual([
      '备注：内容过长（80000 字），最多 500 字，请精简',
    ]);
  });

  it('ran every planned case', () => {
    // 600 + 150 + 300 + 300 + 60 + 100 + 200 + 40 + 100 refused, 600 mutated, 60 formulas, 30 check-digit
    // batches, 1 large
    expect(requests).toBe(2541);
  });
});
