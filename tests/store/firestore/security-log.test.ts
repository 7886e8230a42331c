// The security log on the emulator: identified callers are stored (hashed), anonymous ones only counted in the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../functions/src/log/logger';
import { accountHash, firestoreRecordRefusal } from '../../../functions/src/store/firestore/security-log';
import { type Harness, setUpIngestHarness, TEST_SECRET } from '../../support/ingest-harness';

let h: Harness;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
});
afterAll(() => h.close());

describe('firestoreRecordRefusal', () => {
  it('stores refusals of verified callers and counts the others, one log line a minute', async () => {
    const log = memoryLogger();
    let clock = Date.parse('2026-11-25T00:00:00Z');
    const record = firestoreRecordRefusal(h.db, TEST_SECRET, { log, now: () => clock });
    const anonymous = { function: 'ingest', status: 401, code: 'TOKEN_BAD_SIGNATURE', county: '示范县' };
    await record(anonymous); // the first is logged at once
    for (let i = 0; i < 500; i++) {
      clock += 100; // 50 s in all: below a minute, so only counted
      await record(i % 2 ? anonymous : { ...anonymous, function: 'assessNow', code: 'TOKEN_MISSING' });
    }
    clock += 10_000;
    await record(anonymous);
    await record({
      function: 'ingest',
      status: 403,
      code: 'WRONG_COUNTY',
      county: '邻县',
      email: 'A@x.example',
    });

    const stored = (await h.db.collection('securityLog').get()).docs.map((d) => {
      const { at, ...rest } = d.data();
      return { ...rest, at: typeof at?.toDate };
    });
    expect(stored).toEqual([
      {
        function: 'ingest',
        status: 403,
        code: 'WRONG_COUNTY',
        county: '邻县',
        township: null,
        ledger: null,
        account: accountHash('a@x.example', TEST_SECRET),
        at: 'function',
      },
    ]);
    expect(log.lines.map((l) => JSON.parse(l))).toEqual([
      {
        severity: 'WARNING',
        message: 'refused requests without a verified token (counted, not stored)',
        since: '2026-11-25T00:00:00.000Z',
        counts: { 'ingest 401 TOKEN_BAD_SIGNATURE': 1 },
      },
      {
        severity: 'WARNING',
        message: 'refused requests without a verified token (counted, not stored)',
        since: '2026-11-25T00:00:00.000Z',
        counts: { 'assessNow 401 TOKEN_MISSING': 250, 'ingest 401 TOKEN_BAD_SIGNATURE': 251 },
      },
    ]);
  });
});
