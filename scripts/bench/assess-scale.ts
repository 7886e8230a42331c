// Assessment of the full sample county (~25,000 rows, 15 townships) beside merely reading the same documents,
// each in a fresh process, in the same run. Targets: ≤ 2× the bare read; peak memory (RSS) under 256 MB.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readLedgerFolder } from '../../functions/src/local/push/ledger-folder';
import { pushCounty, totalRows } from '../../functions/src/local/push/push-county';
import { generateSampleCounty, SAMPLE_COUNTY_NAME, writeSampleCounty } from '../../tools/sample-county';
import { type BenchEntry, entry } from './results';
import type { BenchStack } from './stack';

const run = promisify(execFile);
const TODAY = '2026-11-25';

async function measure(mode: 'read' | 'assess'): Promise<{ seconds: number; maxRssMb: number }> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/assess-child.ts', mode, SAMPLE_COUNTY_NAME, '2026', TODAY],
    {
      env: { ...process.env },
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

export async function benchAssessScale(stack: BenchStack): Promise<BenchEntry[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-county-'));
  await writeSampleCounty(dir, generateSampleCounty({ seed: 2026, scale: 1, year: 2026, today: TODAY }));
  const folder = await readLedgerFolder(dir);
  process.env.SHUANGPEI_TODAY = TODAY;
  await pushCounty(folder, {
    db: stack.db,
    functionsUrl: stack.functionsBase,
    county: SAMPLE_COUNTY_NAME,
    token: stack.token,
    rowKeySecret: process.env.SHUANGPEI_ID_HASH_SECRET ?? '',
  });
  const rows = totalRows(folder);
  // Alternate, keep each one's best of two, so neither side pays for a cold emulator.
  const reads = [await measure('read')];
  const assessments = [await measure('assess')];
  reads.push(await measure('read'));
  assessments.push(await measure('assess'));
  const read = Math.min(...reads.map((r) => r.seconds));
  const assess = Math.min(...assessments.map((r) => r.seconds));
  const rss = Math.max(...assessments.map((r) => r.maxRssMb));
  const readRss = Math.max(...reads.map((r) => r.maxRssMb));
  const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  return [
    entry({
      name: `assessment time (${rows} rows, 15 townships)`,
      value: round(assess),
      unit: 's',
      baseline: round(read),
      target: 2,
      higherIsBetter: false,
      note: 'read + assess + store the snapshot, beside only reading the same documents',
    }),
    entry({
      name: 'assessment peak memory (RSS of the whole process)',
      value: round(rss, 0),
      unit: 'MB',
      baseline: 256,
      target: 1,
      higherIsBetter: false,
      note: `the bare read peaks at ${round(readRss, 0)} MB`,
    }),
  ];
}
