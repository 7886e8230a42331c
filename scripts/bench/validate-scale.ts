// `validate` and `validate --annotate` of a 50,000-row sheet, all rows valid and all rows wrong (ID numbers
// stored as numbers), each in a fresh process, against the bare read of the same file in the same run.
// Targets (issue 15): under 15 s and 400 MB peak RSS each.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeBigSheet } from './big-sheet';
import { type BenchEntry, entry } from './results';

const run = promisify(execFile);
const ROWS = 50_000;
const MAX_SECONDS = 15;
const MAX_RSS_MB = 400;

interface Measured {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  problems: number;
}

async function measure(mode: string, file: string, out = ''): Promise<Measured> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/validate-child.ts', mode, file, out],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function benchValidateScale(): Promise<BenchEntry[]> {
  const dir = await mkdtemp(join(tmpdir(), 'shuangpei-validate-bench-'));
  const entries: BenchEntry[] = [];
  try {
    for (const [kind, idAsNumber] of [
      ['valid', false],
      ['wrong', true],
    ] as const) {
      const file = join(dir, `${kind}.xlsx`);
      await writeBigSheet(file, ROWS, idAsNumber);
      const read = await measure('read', file);
      for (const mode of ['validate', 'annotate'] as const) {
        const m = await measure(mode, file, join(dir, `${kind}-marked.xlsx`));
        const what = `${mode === 'validate' ? 'validate' : 'validate --annotate'} of ${ROWS} ${kind === 'valid' ? 'valid' : 'wrong'} rows`;
        const time = entry({
          name: `${what} (time)`,
          value: round(m.seconds),
          unit: 's',
          baseline: round(read.seconds),
          target: round(MAX_SECONDS / Math.max(read.seconds, 0.01), 3),
          higherIsBetter: false,
          note: `${m.problems} problems, ${round(m.cpuSeconds)} s CPU; target < ${MAX_SECONDS} s; baseline: the bare read of the same file`,
        });
        const memory = entry({
          name: `${what} (peak RSS)`,
          value: round(m.maxRssMb, 0),
          unit: 'MB',
          baseline: round(read.maxRssMb, 0),
          target: round(MAX_RSS_MB / Math.max(read.maxRssMb, 1), 3),
          higherIsBetter: false,
          note: `target < ${MAX_RSS_MB} MB; baseline: the bare read`,
        });
        entries.push(time, memory);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return entries;
}
