// A real `shuangpei serve` in a process group of its own (as a terminal runs it), and what it stored.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ServeProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  /** Resolves with its exit code (or signal) once it has ended. */
  exited: Promise<number | string>;
  /** Sends a signal to its whole process group, as a terminal's Ctrl+C does. */
  signalGroup(signal: NodeJS.Signals): void;
}

export function startServe(args: string[]): ServeProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/src/cli/bin.ts', 'serve', ...args], {
    env: { ...process.env, SHUANGPEI_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr!.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor: (text, timeoutMs = 120_000) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (output.includes(text)) resolve();
          else if (Date.now() - started > timeoutMs) reject(new Error(`no "${text}" in:\n${output}`));
          else setTimeout(check, 100);
        };
        check();
      }),
    signalGroup: (signal) => process.kill(-child.pid!, signal),
  };
}

/** The emulator a running serve recorded in `.data/stack.json`. */
export async function emulatorOf(dataDir: string): Promise<string> {
  return (JSON.parse(await readFile(join(dataDir, 'stack.json'), 'utf8')) as { emulatorHost: string })
    .emulatorHost;
}

export const stackFileExists = (dataDir: string) => existsSync(join(dataDir, 'stack.json'));

/** How many documents of these ledgers (every township's) the emulator holds, by an aggregation query. */
export async function countRows(emulatorHost: string, ledgers: string[]): Promise<number> {
  let total = 0;
  for (const ledger of ledgers) {
    const response = await fetch(
      `http://${emulatorHost}/v1/projects/demo-shuangpei/databases/(default)/documents:runAggregationQuery`,
      {
        method: 'POST',
        headers: { authorization: 'Bearer owner', 'content-type': 'application/json' },
        body: JSON.stringify({
          structuredAggregationQuery: {
            structuredQuery: { from: [{ collectionId: ledger, allDescendants: true }] },
            aggregations: [{ alias: 'n', count: {} }],
          },
        }),
      },
    );
    const [first] = (await response.json()) as {
      result: { aggregateFields: { n: { integerValue: string } } };
    }[];
    total += Number(first!.result.aggregateFields.n.integerValue);
  }
  return total;
}

/** The pid of the emulator's java process listening on a port (from `ps`). */
export async function javaPidOn(port: number): Promise<number> {
  const { execFileSync } = await import('node:child_process');
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const line = lines.find((l) => /^\s*\d+ java /.test(l) && l.includes(`--port=${port}`));
  if (!line) throw new Error(`no java process on port ${port}`);
  return Number(line.trim().split(/\s+/)[0]);
}
