// What the command prints: stage timings, progress bars on a terminal, Chinese tables, JSON on request.
import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';

export interface Output {
  json: boolean;
  /** The one JSON document of `--json` (the only thing ever written to stdout then). */
  document(value: unknown): void;
  /** A line for people (stderr when --json, so stdout stays pure JSON). */
  say(line: string): void;
  table(head: string[], rows: (string | number | null)[][]): void;
  stage<T>(label: string, work: () => Promise<T>): Promise<T>;
  progress(label: string, total: number): { tick(n: number): void; stop(): void };
  timings: { stage: string; seconds: number }[];
}

/**
 * With `json`, everything else this process prints to stdout — log lines of the functions or libraries
 * under them — goes to stderr, so stdout holds exactly one JSON document.
 */
function keepStdoutForDocument(): (text: string) => void {
  const stdout = process.stdout.write.bind(process.stdout) as (text: string) => boolean;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  return (text) => void stdout(text);
}

export function createOutput(json: boolean): Output {
  const toStdout = json ? keepStdoutForDocument() : (text: string) => void process.stdout.write(text);
  const write = (line: string) => (json ? process.stderr.write(`${line}\n`) : toStdout(`${line}\n`));
  const interactive = Boolean(process.stderr.isTTY) && !process.env.CI;
  const timings: Output['timings'] = [];
  return {
    json,
    timings,
    document: (value) => toStdout(`${JSON.stringify(value, null, 2)}\n`),
    say: write,
    table(head, rows) {
      const table = new Table({ head, style: { head: [], border: [] } });
      for (const row of rows) table.push(row.map((c) => (c === null ? '—' : String(c))));
      write(table.toString());
    },
    async stage(label, work) {
      const started = performance.now();
      write(`▶ ${label}…`);
      const result = await work();
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      timings.push({ stage: label, seconds });
      write(`✔ ${label}（${seconds} 秒）`);
      return result;
    },
    progress(label, total) {
      if (!interactive || total === 0) return { tick: () => undefined, stop: () => undefined };
      const bar = new SingleBar({
        format: `  ${label} [{bar}] {value}/{total} 行`,
        stream: process.stderr,
        hideCursor: true,
      });
      bar.start(total, 0);
      return { tick: (n) => bar.increment(n), stop: () => bar.stop() };
    },
  };
}
