// The ingest function over the in-memory store, served as in production (Functions Framework, real tokens): no Java.
import type { Server } from 'node:http';
import * as functions from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { createIdTokenVerifier } from '../../functions/src/auth/verify-id-token';
import { loadServerConfig } from '../../functions/src/config/env-config';
import { answerBodyParseErrors } from '../../functions/src/http/body-parse-errors';
import { parseJsonText } from '../../functions/src/http/json-body';
import type { Refusal } from '../../functions/src/http/refusal-log';
import { createIngestHandler } from '../../functions/src/ingest/ingest-handler';
import type { StoredRow } from '../../functions/src/ingest/stored-row';
import {
  generateLocalKey,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  serveCertificates,
  signIdToken,
} from '../../functions/src/local/local-identity';
import { memoryLogger } from '../../functions/src/log/logger';
import { MemoryRowStore } from '../../functions/src/store/memory/memory-row-store';
import { TODAY } from '../fixtures/ledger-rows';
import { COUNTY, TEST_SECRET, USERS } from './ingest-harness';

export interface MemoryHarness {
  store: MemoryRowStore;
  refusals: Refusal[];
  token(email: string): Promise<string>;
  post(body: unknown, token?: string | null): request.Test;
  /** A stored row of a township tab (城关镇 unless named), read without a transaction. */
  row(ledgerId: string, key: string, township?: string | null): StoredRow | undefined;
  reset(): void;
  close(): Promise<void>;
}

let served = 0;

export async function setUpMemoryIngestHarness(): Promise<MemoryHarness> {
  const key = await generateLocalKey();
  const certs = await serveCertificates([key]);
  const config = loadServerConfig({
    SHUANGPEI_ID_HASH_SECRET: TEST_SECRET,
    SHUANGPEI_TOKEN_AUDIENCE: LOCAL_AUDIENCE,
    SHUANGPEI_TOKEN_ISSUERS: LOCAL_ISSUER,
    SHUANGPEI_CERTS_URL: certs.url,
  });
  const users = new Map(Object.values(USERS).map((u) => [u.email, u]));
  const harness = {
    store: new MemoryRowStore(TEST_SECRET),
    refusals: [] as Refusal[],
  };
  const verifyIdToken = createIdTokenVerifier(config);
  const log = memoryLogger();
  const name = `ingestInMemory${++served}`;
  answerBodyParseErrors(parseJsonText, { maxBytes: () => 5 * 1024 * 1024 });
  functions.http(
    name,
    createIngestHandler(async () => ({
      verifyIdToken,
      findUser: async (email) => users.get(email) ?? null,
      store: harness.store,
      recordRefusal: async (refusal) => {
        harness.refusals.push(refusal);
      },
      today: () => TODAY,
      log,
      maxRows: config.maxRows,
      maxBytes: config.maxBytes,
    })),
  );
  const server = getTestServer(name) as unknown as Server;
  return Object.assign(harness, {
    token: (email: string) => signIdToken(key, { email }),
    post: (body: unknown, token?: string | null) => {
      const req = request(server).post('/').set('content-type', 'text/plain; charset=utf-8');
      if (token) req.set('authorization', `Bearer ${token}`);
      return req.send(JSON.stringify(body));
    },
    row: (ledgerId: string, rowKey: string, township: string | null = '城关镇') =>
      harness.store.rowOf({ county: COUNTY, township, ledgerId }, rowKey),
    reset: () => {
      harness.store = new MemoryRowStore(TEST_SECRET);
      harness.refusals.length = 0;
    },
    close: () => certs.close(),
  });
}
