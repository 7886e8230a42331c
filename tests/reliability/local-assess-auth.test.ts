// The local port's `/assess` (the daily assessment's CloudEvent) runs nothing without an admin's token:
// before, anyone on the machine could post one (204, every workbook rewritten, a snapshot added).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FunctionsHost, startFunctionsHost } from '../../functions/src/local/stack/functions-host';
import { saveUser } from '../../functions/src/store/firestore/users';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';
import { pushFixtureCounty } from '../support/push-fixture-county';

let h: Harness;
let host: FunctionsHost;
const ADMIN = 'admin@county.example';

beforeAll(async () => {
  process.env.SHUANGPEI_SUMMARIES = 'none';
  h = await setUpIngestHarness(import.meta.url);
  await pushFixtureCounty(h);
  await saveUser(h.db, { email: ADMIN, role: 'admin', county: COUNTY, township: null });
  host = await startFunctionsHost(0);
});
afterAll(async () => {
  await host.close();
  await h.close();
});

const publish = (token: string | null) =>
  fetch(`${host.url}/assess`, {
    method: 'POST',
    headers: {
      'ce-specversion': '1.0',
      'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
      'ce-source': '//pubsub.googleapis.com/projects/demo/topics/assess',
      'ce-id': `msg-${Date.now()}`,
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({
      message: { data: Buffer.from(JSON.stringify({ county: COUNTY })).toString('base64') },
    }),
  }).then(async (r) => ({ status: r.status, body: r.status === 204 ? null : await r.json() }));

const snapshots = async () =>
  (await h.db.collectionGroup('snapshots').get()).docs.filter((d) =>
    d.ref.path.startsWith(`counties/${COUNTY}/`),
  ).length;
const refusals = async () =>
  (await h.db.collection('securityLog').where('function', '==', 'assess').get()).docs.map((d) => [
    d.get('status'),
    d.get('code'),
  ]);

describe('the local /assess', () => {
  it('refuses a request without a token (401), a clerk and a leader (403), and records the verified callers', async () => {
    expect(await publish(null)).toEqual({
      status: 401,
      body: {
        error: {
          code: 'TOKEN_MISSING',
          message: '缺少身份令牌：请通过表格菜单「双培双带」同步，不要直接调用接口',
        },
      },
    });
    for (const user of [USERS.chengguan!, USERS.leader!])
      expect(await publish(await h.token(user.email))).toEqual({
        status: 403,
        body: {
          error: {
            code: 'ASSESS_ONLY_ADMIN',
            message: '只有管理员账号可以直接触发每日考评；县委组织部请用「立即重新考评」',
          },
        },
      });
    expect(await snapshots()).toBe(0);
    // Without a verified token the refusal is only counted in the log (issue 17: anonymous traffic writes nothing).
    expect((await refusals()).sort()).toEqual([
      [403, 'ASSESS_ONLY_ADMIN'],
      [403, 'ASSESS_ONLY_ADMIN'],
    ]);
  });

  it("runs the assessment for an admin's token", async () => {
    expect(await publish(await h.token(ADMIN))).toEqual({ status: 204, body: null });
    expect(await snapshots()).toBe(1);
  });
});
