// Faults on the way in: Firestore goes away in the middle of a 2,000-row push (every connection cut, the
// emulator stopped and started again on the same port) — the client retries, the same Firestore client
// reconnects, and every row is stored exactly once.

import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import type { Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FirestoreEmulator,
  freePort,
  startFirestoreEmulator,
} from '../../functions/src/local/firestore-emulator';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';
import { memberRows, type PushRow, requestBody } from './support/rows';
import { checkStore, expectCreatedOnce } from './support/store-checks';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let emulator: FirestoreEmulator;
let proxy: TcpProxy;
let h: Harness;
let listener: Server;
let url: string;
let exportDir: string;
let inFlight = 0;
let committed = 0;
let onCommit: (() => void) | null = null;

beforeAll(async () => {
  emulator = await startFirestoreEmulator({ port: await freePort() });
  proxy = await startTcpProxy(emulator.port);
  exportDir = await mkdtemp(join(tmpdir(), 'shuangpei-restart-'));
  h = await setUpIngestHarness(import.meta.url, {
    firestoreHost: proxy.hostPort,
    adminHost: emulator.hostPort,
  });
  listener = getTestServer('ingest') as unknown as Server;
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(listener.address() as { port: number }).port}/`;
  const { ingestDeps } = await import('../../functions/src/runtime');
  const store = (await ingestDeps()).store;
  const transact = store.transact.bind(store);
  store.transact = async (...args) => {
    inFlight++;
    try {
      return await transact(...args);
    } finally {
      inFlight--;
    }
  };
  // Count committed transactions, so the fault can strike at a known point of the push.
  const runTransaction = h.db.runTransaction.bind(h.db);
  h.db.runTransaction = (async (...args: Parameters<Firestore['runTransaction']>) => {
    const result = await runTransaction(...args);
    committed++;
    onCommit?.();
    return result;
  }) as Firestore['runTransaction'];
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
  await h.close();
  await proxy.close();
  await emulator.stop();
  await rm(exportDir, { recursive: true, force: true });
});

/** A client like the Apps Script one: 500 rows a request, each retried (after a 3 s timeout too) until a 200. */
async function push(token: string, rows: PushRow[]) {
  const failures: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const body = JSON.stringify(requestBody('城关镇', 'members', rows.slice(i, i + 500)));
    for (let attempt = 1; ; attempt++) {
      expect(attempt, `batch ${i / 500}: ${failures.join(', ')}`).toBeLessThanOrEqual(30);
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain; charset=utf-8' },
          body,
          signal: AbortSignal.timeout(3000),
        });
        const text = await res.text();
        if (res.status === 200) break;
        expect(res.status, text).toBe(503);
        failures.push(`HTTP ${res.status}`);
      } catch (error) {
        failures.push((error as Error).name);
      }
      await sleep(500);
    }
  }
  return failures;
}

/** Cuts every connection, saves the data, stops the emulator, starts it again on the same port with the data. */
async function restartEmulator(): Promise<{ downMs: number }> {
  const started = performance.now();
  proxy.cut();
  await emulator.exportTo(h.projectId, exportDir);
  await emulator.stop();
  await sleep(1000); // stay down a while: requests under way stall, clients time out
  emulator = await startFirestoreEmulator({ port: emulator.port, importDir: exportDir });
  proxy.resume();
  return { downMs: performance.now() - started };
}

describe('Firestore stopped in the middle of a push', () => {
  it('stores every row exactly once after the client retries, on the same reconnected client', async () => {
    const { firestore } = await import('../../functions/src/runtime');
    const client = firestore();
    const token = await h.token(USERS.chengguan!.email);
    const rows = memberRows(2000, 0, 'r');
    // Request 1 commits 4 transactions (160 + 160 + 160 + 20 rows); strike after the first of request 2.
    let restart: Promise<{ downMs: number }> | null = null;
    onCommit = () => {
      if (committed === 5 && !restart) restart = restartEmulator();
    };
    const failures = await push(token, rows);
    expect(restart).not.toBeNull();
    const { downMs } = await restart!;
    onCommit = null;
    while (inFlight > 0) await sleep(100); // requests the client gave up on still finish on the server
    expect(failures.length).toBeGreaterThan(0);
    expect(downMs).toBeGreaterThan(1000);
    expect(firestore()).toBe(client);

    const store = await checkStore(h.db, COUNTY, ['members']);
    expect([store.rows.size, store.persons]).toEqual([2000, 2000]);
    expectCreatedOnce(store);
    for (const row of rows) expect(store.rows.get(`城关镇/members/${row.key}`)?.sheetRow).toBe(row.row);
    console.log(
      `emulator down ${Math.round(downMs)} ms; client saw ${failures.length} failures (${[...new Set(failures)].join(', ')}) and retried`,
    );
  }, 120_000);
});
