// Load, short and bounded: 20 clerks push a 500-row batch each at the same moment, over real HTTP to the
// local functions host on the emulator. No request may fail. (`npm run load` runs the full minute.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunctionsHost } from '../../functions/src/local/stack/functions-host';
import { saveUser } from '../../functions/src/store/firestore/users';
import { type LoadClient, loadTable, runLoad } from '../../scripts/load/load-clients';
import { COUNTY, type Harness, setUpIngestHarness } from '../support/ingest-harness';

const CLIENTS = 20;
let h: Harness;
let host: FunctionsHost;
const clients: LoadClient[] = [];
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
  const { startFunctionsHost } = await import('../../functions/src/local/stack/functions-host');
  host = await startFunctionsHost(0);
  for (let c = 1; c <= CLIENTS; c++) {
    const township = `第${c}乡`;
    const email = `clerk${c}@load.example`;
    await saveUser(h.db, { email, role: 'clerk', county: COUNTY, township });
    clients.push({ token: await h.token(email), township });
  }
});
afterAll(async () => {
  await host.close();
  await h.close();
});

describe('20 concurrent clients', () => {
  it('store every row of every 500-row batch, without one error', async () => {
    const result = await runLoad({
      url: `${host.url}/ingest`,
      county: COUNTY,
      clients,
      rowsPerRequest: 500,
      durationMs: 12_000,
      maxRequestsPerClient: 1,
    });
    console.log(`load (bounded: 1 request per client)\n${loadTable(result)}`);
    expect(result.errorSamples).toEqual([]);
    expect([result.errors, result.requests, result.rows]).toEqual([0, CLIENTS, CLIENTS * 500]);
    const stored = await h.db.collectionGroup('members').where('county', '==', COUNTY).count().get();
    expect(stored.data().count).toBe(result.rows);
    // Generous bound, not a performance assertion: on a 2-core machine the whole burst takes ~10–20 s.
    expect(result.maxMs).toBeLessThan(60_000);
  }, 90_000);
});
