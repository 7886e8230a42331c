// One measured run in a fresh process: `read` only reads the county's documents; `assess` reads, assesses
// and stores the snapshot. Prints {seconds, maxRssMb} as JSON. Used by assess-scale.ts.
import { runAssessment } from '../../functions/src/assess/assess-service';
import { firestoreAssessDeps } from '../../functions/src/assess/firestore-assess-deps';
import { memoryLogger } from '../../functions/src/log/logger';
import { assessmentConfig, firestore } from '../../functions/src/runtime';
import { readCounty } from '../../functions/src/store/firestore/county-reader';

const [mode, county, year, today] = process.argv.slice(2) as [string, string, string, string];
const db = firestore();
await db.collection('warm').doc('up').get(); // open the channel before timing
const started = performance.now();
if (mode === 'read') {
  const input = await readCounty(db, county);
  if (input.rows.length < 1000) throw new Error(`only ${input.rows.length} rows read`);
} else {
  const run = await runAssessment(
    county,
    Number(year),
    firestoreAssessDeps(db, {
      config: assessmentConfig(),
      publish: async () => [],
      today: () => today,
      log: memoryLogger(),
    }),
  );
  if (run.townships !== 15) throw new Error(`assessed ${run.townships} townships`);
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
await db.terminate();
