// `npm run load`: 20 clerks push 500-row batches at once for a minute against the local functions and emulator.
// Flags: --clients N, --rows N, --seconds N. Prints a Markdown table; exits 1 when any request failed.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { saveUser } from '../../functions/src/store/firestore/users';
import { startBenchStack } from '../bench/stack';
import { type LoadClient, loadTable, runLoad } from './load-clients';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    rows: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '60' },
  },
});
const COUNTY = '压测县';
const stack = await startBenchStack('demo-load');
try {
  const clients: LoadClient[] = [];
  for (let c = 0; c < Number(values.clients); c++) {
    const township = `第${c + 1}乡`;
    const email = `clerk${c + 1}@load.example`;
    await saveUser(stack.db, { email, role: 'clerk', county: COUNTY, township });
    clients.push({ token: await stack.token(email), township });
  }
  // Warm up (certificates, JIT, the gRPC channel) in another county, then measure.
  await saveUser(stack.db, {
    email: 'warm@load.example',
    role: 'clerk',
    county: '预热县',
    township: '预热乡',
  });
  const warm = { token: await stack.token('warm@load.example'), township: '预热乡' };
  await runLoad({
    url: stack.url,
    county: '预热县',
    clients: [warm],
    rowsPerRequest: 50,
    durationMs: 1,
    firstRow: 900_000,
  });
  console.log(`${values.clients} clients × ${values.rows} rows for ${values.seconds} s …`);
  // The functions share this process with the clients: how long a ready callback waits for the event loop.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const cpu = process.cpuUsage();
  const result = await runLoad({
    url: stack.url,
    county: COUNTY,
    clients,
    rowsPerRequest: Number(values.rows),
    durationMs: Number(values.seconds) * 1000,
    probeEveryMs: 250,
  });
  loopDelay.disable();
  const { user, system } = process.cpuUsage(cpu);
  console.log(loadTable(result));
  const ms = (ns: number) => Math.round(ns / 1e6);
  console.log(
    `event-loop delay: p50 ${ms(loopDelay.percentile(50))} ms, p99 ${ms(loopDelay.percentile(99))} ms`,
  );
  const perThousandRows = (user + system) / 1000 / (result.rows / 1000);
  console.log(
    `CPU of this process (functions and clients): ${Math.round(perThousandRows)} ms per 1,000 rows`,
  );
  for (const sample of result.errorSamples) console.log(`error: ${sample}`);
  process.exitCode = result.errors ? 1 : 0;
} finally {
  await stack.stop();
}
