// `npm run bench`: every benchmark, each against a baseline measured in the same run; writes bench-results.json.
import { benchAssessScale } from './assess-scale';
import { benchIngestThroughput } from './ingest-throughput';
import { type BenchEntry, printEntry, writeResults } from './results';
import { startBenchStack } from './stack';
import { benchValidateScale } from './validate-scale';

const stack = await startBenchStack('demo-bench');
const entries: BenchEntry[] = [];
try {
  entries.push(await benchIngestThroughput(stack));
  entries.push(...(await benchAssessScale(stack)));
} finally {
  await stack.stop();
}
entries.push(...(await benchValidateScale())); // no stack needed: offline, as a clerk's `validate`
for (const e of entries) printEntry(e);
writeResults(entries);
console.log(`bench-results.json: ${entries.filter((e) => e.passed).length}/${entries.length} targets met`);
process.exitCode = entries.every((e) => e.passed) ? 0 : 1;
