// Worker thread: runs the bundle over the fakes. UrlFetchApp is synchronous, so each request is handed to the
// main thread (which talks HTTP to the real server) and the worker sleeps on Atomics.wait until the answer.
import { type MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { createEnvironment } from '../fakes/environment';
import type { FetchAnswer, FetchRequest } from '../fakes/fake-url-fetch';
import { ScriptDriver } from '../support/script-driver';

export interface SheetWorkerInput {
  code: string;
  token: string;
  email: string;
  spreadsheetId: string;
  signal: SharedArrayBuffer;
  http: MessagePort;
}

export type RelayAnswer = FetchAnswer | { error: string };

const input = workerData as SheetWorkerInput;
const flag = new Int32Array(input.signal);

function relay(request: FetchRequest): FetchAnswer {
  Atomics.store(flag, 0, 0);
  input.http.postMessage(request);
  let received = receiveMessageOnPort(input.http);
  while (!received) {
    if (Atomics.wait(flag, 0, 0, 30_000) === 'timed-out') throw new Error('Exception: Timeout');
    received = receiveMessageOnPort(input.http);
  }
  const answer = received.message as RelayAnswer;
  if ('error' in answer) throw new Error(answer.error);
  return answer;
}

const env = createEnvironment({
  server: relay,
  identityToken: () => input.token,
  email: input.email,
  spreadsheetId: input.spreadsheetId,
});
const driver = new ScriptDriver(env, input.code);

/** What the main thread may ask for; every answer is structured-cloneable. */
const api = {
  open: () => driver.open(),
  menu: (label: string, answers: (string | null)[] = []) => driver.menu(label, answers),
  type: (tab: string, row: number, column: number, block: unknown[][]) =>
    driver.type(tab, row, column, block),
  deleteRows: (tab: string, row: number, count: number) => driver.deleteRows(tab, row, count),
  tick: (handler: string, minutes: number) => driver.tick(handler, minutes),
  view: (tab: string, first: number, last?: number) => driver.view(tab, first, last),
  requests: () => env.urlFetch.requests.length,
  documentProperties: () => env.properties.document.getProperties(),
};
export type SheetWorkerApi = typeof api;

parentPort!.on(
  'message',
  ({ id, method, args }: { id: number; method: keyof typeof api; args: unknown[] }) => {
    try {
      const result = (api[method] as (...a: unknown[]) => unknown)(...args);
      parentPort!.postMessage({ id, result });
    } catch (error) {
      parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error) });
    }
  },
);
