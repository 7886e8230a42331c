// Intruders: forged, expired and wrong-audience tokens, clerks and leaders out of their place, a leader of
// another county asking for an assessment. All refused, nothing written, each verified caller's refusal in `securityLog`
// without an email address, an ID number or a token.
import { createHash } from 'node:crypto';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { exportJWK, generateKeyPair } from 'jose';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIdToken } from '../../functions/src/local/local-identity';
import { saveUser } from '../../functions/src/store/firestore/users';
import { ID, memberRow, qualitativeRow } from '../fixtures/ledger-rows';
import { COUNTY, type Harness, ingestBody, setUpIngestHarness, USERS } from '../support/ingest-harness';

const RAW_ID = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/;
const OTHER_LEADER = {
  email: 'Leader@Other-County.example',
  role: 'leader' as const,
  county: '邻县',
  township: null,
};

let h: Harness;
const tokensSent: string[] = [];
beforeAll(async () => {
  process.env.SHUANGPEI_SUMMARIES = 'none';
  h = await setUpIngestHarness(import.meta.url);
  await saveUser(h.db, OTHER_LEADER);
});
afterAll(() => h.close());

const forged = async (email: string) => {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return signIdToken({ ...h.key, privateJwk: await exportJWK(privateKey) }, { email });
};
/** Every way of presenting oneself that must fail, as [label, token, status, code]. */
async function badTokens(email: string): Promise<[string, string | null, number, string][]> {
  return [
    ['no token', null, 401, 'TOKEN_MISSING'],
    ['garbage', 'not-a-jwt', 401, 'TOKEN_INVALID'],
    ['forged signature', await forged(email), 401, 'TOKEN_BAD_SIGNATURE'],
    ['expired', await h.token(email, { expiresIn: -3600 }), 401, 'TOKEN_EXPIRED'],
    ['wrong audience', await h.token(email, { audience: 'another-app' }), 401, 'TOKEN_WRONG_AUDIENCE'],
    [
      'wrong issuer',
      await h.token(email, { issuer: 'https://accounts.evil.example' }),
      401,
      'TOKEN_WRONG_ISSUER',
    ],
    ['unverified email', await h.token(email, { emailVerified: false }), 401, 'TOKEN_NO_EMAIL'],
  ];
}

async function assessNow(body: unknown, token: string | null) {
  const req = request(getTestServer('assessNow')).post('/').set('content-type', 'text/plain');
  if (token) {
    tokensSent.push(token);
    req.set('authorization', `Bearer ${token}`);
  }
  return req.send(JSON.stringify(body));
}
const ingest = (body: unknown, token: string | null) => {
  if (token) tokensSent.push(token);
  return h.post(body, token);
};

const expected: { function: string; status: number; code: string }[] = [];
function refused(
  res: { status: number; body: { error: { code: string; message: string } } },
  fn: string,
  status: number,
  code: string,
) {
  expect([res.status, res.body.error.code]).toEqual([status, code]);
  expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  expected.push({ function: fn, status, code });
}

describe('refused callers', () => {
  it('ingest: every bad token, and every verified user out of their place', async () => {
    const body = ingestBody('members', [{ key: 'm1', cells: memberRow }]);
    for (const [, token, status, code] of await badTokens(USERS.chengguan!.email)) {
      refused(await ingest(body, token), 'ingest', status, code);
    }
    const as = (email: string) => h.token(email);
    refused(await ingest(body, await as('stranger@example.com')), 'ingest', 403, 'USER_UNKNOWN');
    refused(await ingest(body, await as(USERS.hekou!.email)), 'ingest', 403, 'WRONG_TOWNSHIP');
    refused(await ingest(body, await as(USERS.otherCounty!.email)), 'ingest', 403, 'WRONG_COUNTY');
    refused(await ingest(body, await as(USERS.leader!.email)), 'ingest', 403, 'LEADER_READ_ONLY');
    refused(await ingest(body, await as(OTHER_LEADER.email)), 'ingest', 403, 'WRONG_COUNTY');
    const countyTab = {
      spreadsheetId: 's',
      county: COUNTY,
      ledger: 'qualitativeScores',
      rows: [{ key: 'q', revision: 1, cells: qualitativeRow }],
    };
    refused(
      await ingest(countyTab, await as(USERS.chengguan!.email)),
      'ingest',
      403,
      'COUNTY_TAB_ONLY_LEADER',
    );
    // A caller who puts an ID number where the county goes: refused, and the number never reaches the log.
    refused(
      await ingest({ ...body, county: ID.memberA }, await as(USERS.otherCounty!.email)),
      'ingest',
      403,
      'WRONG_COUNTY',
    );
    expect((await h.db.collectionGroup('members').get()).size).toBe(0);
  });

  it('assessNow: a leader or clerk of another county, a clerk of this one, and every bad token', async () => {
    const body = { county: COUNTY, year: 2026 };
    refused(await assessNow(body, await h.token(OTHER_LEADER.email)), 'assessNow', 403, 'ASSESS_ONLY_LEADER');
    refused(
      await assessNow(body, await h.token(USERS.otherCounty!.email)),
      'assessNow',
      403,
      'ASSESS_ONLY_LEADER',
    );
    refused(
      await assessNow(body, await h.token(USERS.chengguan!.email)),
      'assessNow',
      403,
      'ASSESS_ONLY_LEADER',
    );
    refused(await assessNow(body, await h.token('stranger@example.com')), 'assessNow', 403, 'USER_UNKNOWN');
    for (const [, token, status, code] of await badTokens(USERS.leader!.email)) {
      refused(await assessNow(body, token), 'assessNow', status, code);
    }
    expect((await h.db.collection(`counties/${COUNTY}/assessments`).get()).size).toBe(0);
  });
});

describe('the security log', () => {
  it('has one entry per refusal of a verified caller, and not one email address, ID number or token in it', async () => {
    const entries = (await h.db.collection('securityLog').get()).docs.map((d) => d.data());
    const sorted = (list: { function: string; status: number; code: string }[]) =>
      list.map((e) => `${e.function} ${e.status} ${e.code}`).sort();
    // Callers without a verified token (401) are counted in the log, not stored: they could cost writes at will.
    expect(sorted(entries as never)).toEqual(sorted(expected.filter((e) => e.status !== 401)));
    const text = JSON.stringify(entries);
    expect(text).not.toMatch(/@/);
    expect(text).not.toMatch(RAW_ID);
    for (const token of tokensSent) {
      expect(text).not.toContain(token.slice(0, 20));
      expect(text).not.toContain((token.split('.')[2] ?? token).slice(0, 20));
    }
    expect(entries.find((e) => e.county?.startsWith('430521'))?.county).toBe('430521********0114');
    // The account is a keyed hash: the same for one account, and not the plain SHA-256 anyone could recompute.
    const accounts = entries.map((e) => e.account).filter(Boolean);
    expect(accounts.every((a) => /^[0-9a-f]{16}$/.test(a))).toBe(true);
    const plain = createHash('sha256').update(OTHER_LEADER.email.toLowerCase()).digest('hex').slice(0, 16);
    expect(accounts).not.toContain(plain);
    const otherLeader = entries.filter(
      (e) => e.function === 'assessNow' && e.code === 'ASSESS_ONLY_LEADER' && e.account,
    );
    expect(new Set(otherLeader.map((e) => e.account)).size).toBe(3);
  });
});
