// Races: clerks editing one row at once, townships registering one person at once, an assessment during a push.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveUser } from '../../functions/src/store/firestore/users';
import { memberRow } from '../fixtures/ledger-rows';
import { COUNTY, type Harness, setUpIngestHarness } from '../support/ingest-harness';
import { assessmentDuringPush } from './support/assess-during-push';
import { requestBody } from './support/rows';
import { checkStore, expectCreatedOnce } from './support/store-checks';

let h: Harness;
beforeAll(async () => {
  process.env.SHUANGPEI_SUMMARIES = 'none';
  h = await setUpIngestHarness(import.meta.url);
});
afterAll(() => h.close());
beforeEach(() => h.reset());

/** A clerk of `township` (created on the fly) and their token. */
async function clerkOf(township: string, n = 1): Promise<string> {
  const email = `clerk${n}@${encodeURIComponent(township)}.example`;
  await saveUser(h.db, { email, role: 'clerk', county: COUNTY, township });
  return h.token(email);
}

describe('two clerks editing the same row at once', () => {
  it('keeps the highest revision, one document, one claim, whatever the order of arrival', async () => {
    const clerks = [await clerkOf('城关镇', 1), await clerkOf('城关镇', 2)];
    const order = [5, 2, 8, 1, 7, 3, 6, 4]; // revisions, sent all at once
    for (const round of [1, 2, 3]) {
      const key = `row-${round}`;
      const answers = await Promise.all(
        order.map((revision, i) =>
          h.post(
            requestBody('城关镇', 'members', [
              { key, revision, row: 2, cells: { ...memberRow, 带动农户数: revision * 10 } },
            ]),
            clerks[i % 2],
          ),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(order.map(() => 200));
      const rows = answers.map((a) => a.body.rows[0]);
      expect(rows.filter((r) => r.result === 'created')).toHaveLength(1);
      for (const [i, r] of rows.entries()) {
        if (r.result === 'stale') expect(r.storedRevision).toBeGreaterThan(order[i]!);
      }
      const doc = (await h.db.doc(`counties/${COUNTY}/townships/城关镇/members/${key}`).get()).data()!;
      expect([doc.revision, doc.record.householdsLed]).toEqual([8, 80]);
      // The next round re-registers the same person under a new key: the old row gives it up first.
      await h.post({ ...requestBody('城关镇', 'members', []), liveKeys: [] }, clerks[0]);
    }
    const store = await checkStore(h.db, COUNTY, ['members']);
    expect(store.rows.size).toBe(0);
    expect(store.persons).toBe(0);
  });
});

describe('many townships registering the same person at once', () => {
  it('lets exactly one win; every other is told where the person is, and no one twice', async () => {
    const townships = ['城关镇', '河口乡', '白沙镇', '青山乡', '石门乡', '龙潭镇', '新华乡', '东岭乡'];
    const tokens = await Promise.all(townships.map((t) => clerkOf(t)));
    const push = () =>
      Promise.all(
        townships.map((t, i) =>
          h.post(
            requestBody(t, 'members', [{ key: `p-${i}`, revision: 1, row: i + 2, cells: memberRow }]),
            tokens[i],
          ),
        ),
      );
    const first = await push();
    expect(first.map((a) => a.status)).toEqual(townships.map(() => 200));
    const statuses = first.map((a) => a.body.rows[0].status);
    expect(statuses.filter((s) => s === 'ok')).toHaveLength(1);
    const winner = statuses.indexOf('ok');
    const named = `身份证号：此人已登记，在${townships[winner]}「农民党员」第${winner + 2}行；全县每人只能登记一次，请核对后删除重复行`;
    for (const [i, a] of first.entries()) {
      if (i !== winner)
        expect(a.body.rows[0].errors.map((e: { message: string }) => e.message)).toEqual([named]);
    }
    // Everyone sends again at once: the same winner, nothing rewritten.
    const second = await push();
    expect(second.map((a) => a.body.rows[0].status)).toEqual(statuses);
    expect(second.every((a) => a.body.rows[0].result === 'unchanged')).toBe(true);
    const store = await checkStore(h.db, COUNTY, ['members']);
    expect([store.rows.size, store.persons]).toEqual([townships.length, 1]);
    expect([...store.rows.values()].filter((r) => r.personDocId).map((r) => r.township)).toEqual([
      townships[winner],
    ]);
    expectCreatedOnce(store);
  });
});

describe('an assessment while rows are being pushed', () => {
  it('sees, each time, the county as it was between two pushes — never half a push', async () => {
    const { references, concurrent } = await assessmentDuringPush(h);
    expect(concurrent.length).toBeGreaterThanOrEqual(6);
    const seen = new Set<number>();
    for (const view of concurrent) {
      const match = references.findIndex((r) => JSON.stringify(r) === JSON.stringify(view));
      expect(match, JSON.stringify(view)).toBeGreaterThanOrEqual(0);
      seen.add(match);
    }
    // The runs really overlapped the pushes: they saw more than the first and the last state.
    expect(seen.size).toBeGreaterThanOrEqual(2);
  });
});
