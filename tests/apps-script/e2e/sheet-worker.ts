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

/** `kill`: the execution is cut off right here (Apps Script's time limit), after the request went out. */
export type RelayAnswer = FetchAnswer | { error: string } | { kill: true };

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
  if ('kill' in answer) killExecution();
  if ('error' in answer) throw new Error(answer.error);
  return answer;
}

let killed = false;
/**
 * Ends the running execution the way Apps Script's time limit does: nothing after this point runs. The
 * thrown value throws again wherever code touches it (`error.message`, `String(error)`), so no catch in the
 * bundle can swallow it; only `finally` blocks still run (Apps Script releases the script lock anyway).
 */
function killExecution(): never {
  killed = true;
  const poison: object = new Proxy(
    {},
    {
      get: () => {
        throw poison;
      },
      has: () => {
        throw poison;
      },
      getPrototypeOf: () => {
        throw poison;
      },
      ownKeys: () => {
        throw poison;
      },
    },
  );
  throw poison;
}

const env = createEnvironment({
  server: relay,
  identityToken: () => input.token,
  email: input.email,
  spreadsheetId: input.spreadsheetId,
});
let driver = new ScriptDriver(env, input.code);

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
  /** The options of a cell's dropdown, or null when it has none. */
  dropdown: (tab: string, row: number, column: number) =>
    (env.spreadsheet.sheet(tab).getRange(row, column).getDataValidation()?.getCriteriaValues()[0] as
      | string[]
      | undefined) ?? null,
  /** A new execution: fresh globals of Code.js over the same spreadsheet, properties and triggers. */
  newExecution: () => {
    driver = new ScriptDriver(env, input.code);
  },
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
      if (killed) {
        killed = false;
        parentPort!.postMessage({ id, result: 'killed' });
      } else parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error) });
    }
  },
);
