import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { civilDateInCounty, yearOf } from '../../functions/src/core/dates/civil-date';
import { findExportMetadata, freePort } from '../../functions/src/local/firestore-emulator';
import { generateSampleCounty, writeSampleCounty } from '../../tools/sample-county';
import { runCli } from './run-cli';

type Counts = { created: number; updated: number; deleted: number };
let work: string;
let serve: ChildProcessWithoutNullStreams;
let output = '';
let port: number;
const waitFor = (text: string, timeoutMs = 120_000) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${text}" in:\n${output}`)), timeoutMs);
    const check = () => {
      if (output.includes(text)) {
        clearTimeout(timer);
        resolve();
      } else setTimeout(check, 200);
    };
    check();
  });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'shuangpei-serve-'));
  const today = civilDateInCounty(new Date());
  await writeSampleCounty(
    join(work, 'ledgers'),
    generateSampleCounty({ seed: 3, scale: 0.02, year: yearOf(today), today }),
  );
  port = await freePort();
  serve = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'functions/src/cli/bin.ts',
      'serve',
      '--ledgers',
      join(work, 'ledgers'),
      '--out',
      join(work, 'out'),
      '--data',
      join(work, 'data'),
      '--port',
      String(port),
      // Every 10 seconds instead of 06:00 every day, so the test sees the schedule fire.
      '--schedule',
      '*/10 * * * * *',
    ],
    { env: { ...process.env, SHUANGPEI_LOG_LEVEL: 'warn' } },
  );
  serve.stdout.on('data', (c: Buffer) => {
    output += c.toString();
  });
  serve.stderr.on('data', (c: Buffer) => {
    output += c.toString();
  });
  await waitFor('每日考评：');
}, 180_000);

afterAll(() => {
  if (serve.exitCode === null) serve.kill('SIGKILL');
});

describe('shuangpei serve', () => {
  it('serves the functions on its port and says where its data lives', async () => {
    expect(output).toContain(`云函数 http://127.0.0.1:${port}/ingest、/assessNow、/assess`);
    expect((await fetch(`http://127.0.0.1:${port}/ingest`)).status).toBe(405);
    const stack = JSON.parse(await readFile(join(work, 'data', 'stack.json'), 'utf8'));
    expect(stack).toMatchObject({ pid: serve.pid, functionsUrl: `http://127.0.0.1:${port}` });
  });

  it('assesses on its schedule and writes the summaries', async () => {
    expect(output).toContain('每日考评：*/10 * * * * *（北京时间），下次 ');
    await waitFor(
      `已完成 ${yearOf(civilDateInCounty(new Date()))} 年度考评，汇总表写入 ${join(work, 'out')}`,
      30_000,
    );
    expect(output.match(/考评失败[^\n]*/)?.[0] ?? null).toBeNull();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(work, 'out', '示范县-全县考评汇总.xlsx'));
    expect(book.worksheets[0]!.name).toBe('考评排名');
  }, 40_000);

  it('re-pushes a workbook when it is saved: one edited row, one change', async () => {
    const file = join(work, 'ledgers', '城关镇.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const members = book.getWorksheet('农民党员')!;
    const column = (members.getRow(1).values as unknown[]).indexOf('带动农户数');
    const cell = members.getRow(2).getCell(column);
    cell.value = Number(cell.value ?? 0) + 7;
    await book.xlsx.writeFile(file);
    await waitFor('城关镇.xlsx 已重新同步：1 行有变化');
  }, 60_000);

  it('lets `run` reuse it instead of starting another stack', async () => {
    const run = await runCli([
      'run',
      '--ledgers',
      join(work, 'ledgers'),
      '--out',
      join(work, 'out-run'),
      '--data',
      join(work, 'data'),
      '--json',
    ]);
    expect(run.code).toBe(1); // the sample county holds mistakes on purpose: rows with errors are exit 1
    expect(run.stderr).toContain(`使用正在运行的 shuangpei serve：http://127.0.0.1:${port}`);
    const pushed = JSON.parse(run.stdout).pushed.flatMap((p: { tabs: { counts: Counts }[] }) =>
      p.tabs.map((t) => t.counts),
    );
    expect(pushed.reduce((n: number, c: Counts) => n + c.created + c.updated + c.deleted, 0)).toBe(0);
  }, 120_000);

  it('exports its data and forgets its address when stopped', async () => {
    const exited = new Promise<number | null>((resolve) => serve.once('exit', resolve));
    serve.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(findExportMetadata(join(work, 'data', 'firestore'))).toMatch(/overall_export_metadata$/);
    expect(existsSync(join(work, 'data', 'stack.json'))).toBe(false);
  }, 60_000);
});
