// Concurrent clients pushing batches of member rows to `ingest` over HTTP: latency, throughput and errors.
import { memberCells } from '../bench/ingest-throughput';

export interface LoadClient {
  /** The clerk's identity token and township: each client pushes its own township's tab. */
  token: string;
  township: string;
}

export interface LoadOptions {
  /** The ingest function's URL. */
  url: string;
  county: string;
  clients: readonly LoadClient[];
  rowsPerRequest: number;
  /** No request starts after this many milliseconds. */
  durationMs: number;
  /** No client sends more than this many requests (keeps a test bounded). */
  maxRequestsPerClient?: number;
  /** Where row numbers start, so that two runs on one county never reuse an ID number. */
  firstRow?: number;
  /**
   * Also send, this often, a tiny request that is refused after authentication and the user lookup (a tab
   * without its required columns: 422, nothing stored): its latency is the per-request overhead under load.
   */
  probeEveryMs?: number;
}

export interface LoadResult {
  clients: number;
  rowsPerRequest: number;
  requests: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** The first few errors, as `status code: message`. */
  errorSamples: string[];
  /** Latency of the tiny probe requests (when asked for). */
  probe?: { requests: number; p50Ms: number; p99Ms: number };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let next = options.firstRow ?? 0;
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let rows = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;

  const push = async (client: LoadClient, sent: number) => {
    const batch = Array.from({ length: options.rowsPerRequest }, (_, j) => {
      const i = next++;
      return {
        key: `load-${i}`,
        revision: 1,
        row: sent * options.rowsPerRequest + j + 2,
        cells: memberCells(i),
      };
    });
    const body = JSON.stringify({
      spreadsheetId: `load-${client.township}`,
      county: options.county,
      township: client.township,
      ledger: 'members',
      rows: batch,
    });
    const t = performance.now();
    let problem: string | null = null;
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${client.token}`, 'content-type': 'text/plain; charset=utf-8' },
        body,
      });
      const text = await response.text();
      if (response.status !== 200) problem = `${response.status} ${text.slice(0, 200)}`;
      else {
        const counts = (JSON.parse(text) as { counts: { created: number } }).counts;
        if (counts.created !== batch.length) problem = `200 but ${counts.created}/${batch.length} created`;
      }
    } catch (error) {
      problem = `network: ${(error as Error).message}`;
    }
    latencies.push(performance.now() - t);
    if (problem) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(problem);
    } else rows += batch.length;
  };

  const probes: number[] = [];
  const probe = async (client: LoadClient) => {
    const body = JSON.stringify({
      spreadsheetId: 'probe',
      county: options.county,
      township: client.township,
      ledger: 'talents',
      rows: [{ key: 'probe', revision: 1, cells: { 姓名: '探针' } }],
    });
    while (performance.now() < deadline) {
      const t = performance.now();
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${client.token}`, 'content-type': 'text/plain; charset=utf-8' },
        body,
      });
      await response.text();
      if (response.status !== 422) throw new Error(`probe answered ${response.status}`);
      probes.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, options.probeEveryMs));
    }
  };

  await Promise.all([
    ...(options.probeEveryMs && options.clients[0] ? [probe(options.clients[0])] : []),
    ...options.clients.map(async (client) => {
      for (let sent = 0; performance.now() < deadline; sent++) {
        if (options.maxRequestsPerClient !== undefined && sent >= options.maxRequestsPerClient) break;
        await push(client, sent);
      }
    }),
  ]);
  const sortedProbes = [...probes].sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    clients: options.clients.length,
    rowsPerRequest: options.rowsPerRequest,
    requests: latencies.length,
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? 0,
    errors,
    errorSamples,
    ...(probes.length
      ? {
          probe: {
            requests: probes.length,
            p50Ms: percentile(sortedProbes, 50),
            p99Ms: percentile(sortedProbes, 99),
          },
        }
      : {}),
  };
}

/** The result as a Markdown table (for the README and the console). */
export function loadTable(r: LoadResult): string {
  const ms = (n: number) => `${Math.round(n)} ms`;
  const probe = r.probe ? `${ms(r.probe.p50Ms)} / ${ms(r.probe.p99Ms)} (${r.probe.requests})` : '–';
  return [
    '| clients × rows/request | duration | requests | rows stored | throughput | p50 | p99 | max | errors | tiny request p50 / p99 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${r.clients} × ${r.rowsPerRequest} | ${r.seconds.toFixed(1)} s | ${r.requests} | ${r.rows} | ${Math.round(r.rowsPerSecond)} rows/s | ${ms(r.p50Ms)} | ${ms(r.p99Ms)} | ${ms(r.maxMs)} | ${r.errors} | ${probe} |`,
  ].join('\n');
}
