// Main-thread side of the sheet worker: starts it, serves its UrlFetchApp calls, and calls its api.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { FetchRequest } from '../fakes/fake-url-fetch';
import type { RelayAnswer, SheetWorkerApi } from './sheet-worker';

/** Bundles the worker (it imports the TypeScript fakes) into a plain .mjs Node can start. */
async function workerFile(): Promise<string> {
  const outfile = join(await mkdtemp(join(tmpdir(), 'shuangpei-sheet-worker-')), 'sheet-worker.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./sheet-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

type Call = <M extends keyof SheetWorkerApi>(
  method: M,
  ...args: Parameters<SheetWorkerApi[M]>
) => Promise<ReturnType<SheetWorkerApi[M]>>;

export interface SheetWorker {
  call: Call;
  close(): Promise<void>;
}

export async function startSheetWorker(options: {
  code: string;
  token: string;
  email: string;
  spreadsheetId: string;
  /** Plays the network: answers each UrlFetchApp request, or says no answer came. */
  fetch: (request: FetchRequest) => Promise<RelayAnswer>;
}): Promise<SheetWorker> {
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  port1.on('message', async (request: FetchRequest) => {
    let answer: RelayAnswer;
    try {
      answer = await options.fetch(request);
    } catch (error) {
      answer = { error: `Exception: ${(error as Error).message}` };
    }
    port1.postMessage(answer);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  const { fetch: _fetch, ...data } = options;
  const file = await workerFile();
  const worker = new Worker(file, {
    workerData: { ...data, signal, http: port2 },
    transferList: [port2],
  });
  let next = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
    const w = waiting.get(id)!;
    waiting.delete(id);
    if (error) w.reject(new Error(error));
    else w.resolve(result);
  });
  worker.on('error', (error) => {
    for (const w of waiting.values()) w.reject(error);
  });
  const call = ((method: string, ...args: unknown[]) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, args });
    })) as Call;
  return {
    call,
    close: async () => {
      port1.close();
      await worker.terminate();
      await rm(dirname(file), { recursive: true, force: true });
    },
  };
}
