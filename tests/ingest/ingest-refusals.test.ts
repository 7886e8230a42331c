import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_LEDGERS } from '../../functions/src/core/ledgers';
import { signIdToken } from '../../functions/src/local/local-identity';
import { memberRow, talentRow } from '../fixtures/ledger-rows';
import { COUNTY, type Harness, ingestBody, setUpIngestHarness, USERS } from '../support/ingest-harness';

let h: Harness;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const body = ingestBody('members', [{ key: 'm1', cells: memberRow }]);
const storedRows = async () => (await h.db.collectionGroup('members').get()).size;
const refusals = async () => (await h.db.collection('securityLog').get()).docs.map((d) => d.data());

describe('ingest refuses callers it cannot trust', () => {
  const clerk = () => USERS.chengguan!.email;

  it.each([
    ['no token', async () => null, 'TOKEN_MISSING'],
    ['a wrong audience', async () => h.token(clerk(), { audience: 'someone-else' }), 'TOKEN_WRONG_AUDIENCE'],
    [
      'a wrong issuer',
      async () => h.token(clerk(), { issuer: 'https://evil.example' }),
      'TOKEN_WRONG_ISSUER',
    ],
    ['an expired token', async () => h.token(clerk(), { expiresIn: -600 }), 'TOKEN_EXPIRED'],
    [
      'a forged signature',
      async () => {
        const { privateKey } = await generateKeyPair('RS256', { extractable: true });
        return signIdToken({ ...h.key, privateJwk: await exportJWK(privateKey) }, { email: clerk() });
      },
      'TOKEN_BAD_SIGNATURE',
    ],
  ])(
    'answers 401 to %s and writes nothing, not even a security log entry',
    async (_what, makeToken, code) => {
      const res = await h.post(body, await makeToken());
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/^(身份验证失败|缺少身份令牌)/);
      expect(await storedRows()).toBe(0);
      expect(await refusals()).toEqual([]); // anyone can send a bad token: counted in the log, never stored
    },
  );

  it.each([
    ['a clerk writing another township', () => USERS.hekou!.email, body, 'WRONG_TOWNSHIP'],
    ['a clerk of another county', () => USERS.otherCounty!.email, body, 'WRONG_COUNTY'],
    ['an unknown account', () => 'stranger@example.com', body, 'USER_UNKNOWN'],
    ['a leader writing a township ledger', () => USERS.leader!.email, body, 'LEADER_READ_ONLY'],
    [
      'a clerk writing a county tab',
      () => USERS.chengguan!.email,
      { spreadsheetId: 's', county: COUNTY, ledger: 'qualitativeScores', rows: [] },
      'COUNTY_TAB_ONLY_LEADER',
    ],
  ])('answers 403 to %s', async (_what, email, payload, code) => {
    const res = await h.post(payload, await h.token(email()));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe(code);
    expect(await storedRows()).toBe(0);
    const log = await refusals();
    expect(log[0]).toMatchObject({ status: 403, code, county: payload.county });
    expect(log[0]!.account).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('ingest refuses malformed requests with a Chinese message and writes nothing', () => {
  let token: string;
  beforeAll(async () => {
    token = await h.token(USERS.chengguan!.email);
  });

  it('malformed JSON → 400', async () => {
    const res = await h.post('{"county": "示范县", rows: [', token);
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'BAD_REQUEST', message: '请求内容不是有效的 JSON，请检查格式' });
  });

  it('malformed JSON labelled application/json → the same 400, from ingest and assessNow alike', async () => {
    // The Functions Framework parses `application/json` itself, before our handler; its refusal is ours too.
    const { getTestServer } = await import('@google-cloud/functions-framework/testing');
    const { default: request } = await import('supertest');
    const malformed = '{"county": "示范县", rows: [';
    const answers = await Promise.all([
      h.post(malformed, token, 'application/json'),
      h.post(malformed, token, 'application/json; charset=utf-8'),
      request(getTestServer('assessNow')).post('/').set('content-type', 'application/json').send(malformed),
    ]);
    for (const res of answers) {
      expect([res.status, res.type, res.body]).toEqual([
        400,
        'application/json',
        { error: { code: 'BAD_REQUEST', message: '请求内容不是有效的 JSON，请检查格式' } },
      ]);
    }
    const scalar = await h.post('"城关镇"', token, 'application/json');
    expect([scalar.status, scalar.body.error.message]).toEqual([400, '请求内容应为 JSON 对象，请检查格式']);
    expect(await storedRows()).toBe(0);
  });

  it('wrong shape → 400 naming each wrong part', async () => {
    const res = await h.post(
      {
        county: COUNTY,
        township: '城关镇',
        ledger: 'nope',
        rows: [{ key: '../x', revision: -1, cells: {} }],
      },
      token,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toEqual([
      'spreadsheetId：必填，缺少此项',
      `ledger：台账名称无效，应为：${ALL_LEDGERS.map((l) => l.id).join('、')}`,
      'rows[0].key：行键只能包含字母、数字和 -_:.，最多 100 个字符',
      'rows[0].revision：不能小于 0',
    ]);
  });

  it('a cell named __proto__ → 400', async () => {
    const res = await h.post(
      '{"spreadsheetId":"s","county":"示范县","township":"城关镇","ledger":"members","rows":[{"key":"m1","revision":1,"cells":{"__proto__":{"x":1}}}]}',
      token,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('请求中含有不允许的字段名「__proto__」');
  });

  it('more than 2,000 rows → 413', async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => ({ key: `m${i}`, cells: memberRow }));
    const res = await h.post(ingestBody('members', rows), token);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe('一次最多提交 2000 行，请分批同步');
  });

  it('more than 5 MB → 413', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({
      key: `m${i}`,
      cells: { ...memberRow, 备注: 'x'.repeat(9000) },
    }));
    const res = await h.post(ingestBody('members', rows), token);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/^请求过大（5\.\d MB），每次最多 5 MB，请分批同步$/);
  });

  it('a tab without a required column → 422, said once for the sheet', async () => {
    const { 身份证号: _, ...noId } = talentRow;
    const rows = [1, 2, 3].map((i) => ({ key: `t${i}`, cells: noId }));
    const res = await h.post(ingestBody('talents', rows), token);
    expect(res.status).toBe(422);
    expect(res.body.error.details.sheetErrors).toEqual([
      '「乡土人才」缺少必填列：身份证号。请在第1行补上这些列标题（文字须完全一致）后重新同步',
    ]);
  });

  it('a GET → 405; a township tab without township → 400', async () => {
    const { default: request } = await import('supertest');
    expect((await request(h.server).get('/')).status).toBe(405);
    const res = await h.post({ ...body, township: undefined }, token);
    expect([res.status, res.body.error.message]).toEqual([
      400,
      'township：「农民党员」是乡镇台账，请填写乡镇名称',
    ]);
    expect(await storedRows()).toBe(0);
  });
});
