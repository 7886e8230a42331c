// Local mode keeps what it acknowledged: every `ingest` answer of a real `serve` survives Ctrl+C to its
// whole process group, kill -9 of serve, and the emulator dying under it; shutdown never hangs, and nothing
// left behind (stack.json, a half export) stops the next start.
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { civilDateInCounty, yearOf } from '../../functions/src/core/dates/civil-date';
import { freePort } from '../../functions/src/local/firestore-emulator';
import { generateSampleCounty, writeSampleCounty } from '../../tools/sample-county';
import {
  countRows,
  emulatorOf,
  javaPidOn,
  type ServeProcess,
  stackFileExists,
  startServe,
} from './support/serve-process';

const LEDGERS = ['talents', 'members', 'pairs', 'trainings'];
const READY = '每日考评';
let work: string;
const running: ServeProcess[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'shuangpei-durable-'));
  const today = civilDateInCounty(new Date());
  await writeSampleCounty(
    join(work, 'ledgers'),
    generateSampleCounty({ seed: 5, scale: 0.02, year: yearOf(today), today }),
  );
}, 60_000);
afterAll(async () => {
  for (const serve of running)
    if (serve.child.exitCode === null && serve.child.signalCode === null) serve.signalGroup('SIGKILL');
  await rm(work, { recursive: true, force: true });
});

/** Starts serve on a fresh port over `data`; with the ledgers it pushes them first (through ingest). */
async function serve(data: string, withLedgers: boolean): Promise<ServeProcess & { port: number }> {
  const port = await freePort();
  const args = ['--data', join(work, data), '--out', join(work, `${data}-out`), '--port', String(port)];
  if (withLedgers) args.push('--ledgers', join(work, 'ledgers'));
  const process = startServe([...args, '--schedule', '0 0 6 1 1 *']);
  running.push(process);
  await process.waitFor(withLedgers ? '正在监视其中的表格' : READY);
  return Object.assign(process, { port });
}

/** What a restarted serve (without the ledgers: nothing re-pushed) holds, then stops it. */
async function rowsAfterRestart(data: string): Promise<number> {
  const again = await serve(data, false);
  const rows = await countRows(await emulatorOf(join(work, data)), LEDGERS);
  again.signalGroup('SIGINT');
  expect(await again.exited).toBe(0);
  return rows;
}

describe('serve keeps every acknowledged write', () => {
  it('survives Ctrl+C (SIGINT to the whole process group): exported cleanly, nothing lost', async () => {
    const first = await serve('ctrl-c', true);
    const rows = await countRows(await emulatorOf(join(work, 'ctrl-c')), LEDGERS);
    expect(rows).toBeGreaterThan(100);
    first.signalGroup('SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).not.toContain('内部错误');
    expect(stackFileExists(join(work, 'ctrl-c'))).toBe(false);
    expect(await rowsAfterRestart('ctrl-c')).toBe(rows);
  }, 240_000);

  it('survives kill -9 of serve: the journal of accepted requests is replayed on the next start', async () => {
    const first = await serve('kill-9', true);
    const rows = await countRows(await emulatorOf(join(work, 'kill-9')), LEDGERS);
    first.signalGroup('SIGKILL');
    await first.exited;
    // stack.json is left behind by the killed process; the next start must not be fooled by it.
    expect(stackFileExists(join(work, 'kill-9'))).toBe(true);
    // …and so is a half export, as a kill during an export leaves one.
    await mkdir(join(work, 'kill-9', 'firestore.next', 'half'), { recursive: true });
    await writeFile(join(work, 'kill-9', 'firestore.next', 'half', 'output-0'), 'cut off');
    expect(await rowsAfterRestart('kill-9')).toBe(rows);
  }, 240_000);

  it('notices the emulator dying, says so in one line and stops within seconds; the next start has every row', async () => {
    const first = await serve('emulator-dies', true);
    const host = await emulatorOf(join(work, 'emulator-dies'));
    const rows = await countRows(host, LEDGERS);
    process.kill(await javaPidOn(Number(host.split(':')[1])), 'SIGKILL');
    const started = Date.now();
    expect(await first.exited).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    const lines = first
      .output()
      .split('\n')
      .filter((l) => l.includes('模拟器意外退出'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^✘ Firestore 模拟器意外退出（退出码 137），服务已停止；已确认的同步记在 .*ingest-journal\.jsonl，重新启动即可恢复$/,
    );
    expect(stackFileExists(join(work, 'emulator-dies'))).toBe(false);
    expect(await rowsAfterRestart('emulator-dies')).toBe(rows);
  }, 240_000);

  it('keeps its data folder private: the folder and the export 0700, every file in them 0600', async () => {
    const data = join(work, 'kill-9');
    const entries = await readdir(data, { recursive: true, withFileTypes: true });
    const modes = new Map<string, number>([[data, (await stat(data)).mode & 0o777]]);
    for (const e of entries)
      modes.set(join(e.parentPath, e.name), (await stat(join(e.parentPath, e.name))).mode & 0o777);
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThan(3);
    expect([...new Set([...modes].filter(([p]) => !files.includes(p)).map(([, m]) => m))]).toEqual([0o700]);
    expect([...new Set(files.map((f) => modes.get(f)))]).toEqual([0o600]);
  });
});
