// Sets up one test file against the shared emulator: env, a local identity, the ingest test server, users.
import type { Server } from 'node:http';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import type { Firestore } from 'firebase-admin/firestore';
import request from 'supertest';
import type { User } from '../../functions/src/auth/authorize';
import {
  type CertServer,
  generateLocalKey,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  type LocalKey,
  type SignOptions,
  serveCertificates,
  signIdToken,
} from '../../functions/src/local/local-identity';
import { clearProject, emulatorHost, projectIdFor } from './emulator';

export const COUNTY = '示范县';
export const TEST_SECRET = 'test-id-hash-secret-0123456789abcdef';

export const USERS: Record<string, User> = {
  chengguan: { email: 'clerk@chengguan.example', role: 'clerk', county: COUNTY, township: '城关镇' },
  hekou: { email: 'clerk@hekou.example', role: 'clerk', county: COUNTY, township: '河口乡' },
  leader: { email: 'leader@county.example', role: 'leader', county: COUNTY, township: null },
  otherCounty: { email: 'clerk@other.example', role: 'clerk', county: '邻县', township: '城关镇' },
};

export interface Harness {
  projectId: string;
  db: Firestore;
  server: Server;
  key: LocalKey;
  token(email: string, options?: Partial<SignOptions>): Promise<string>;
  post(body: unknown, token?: string | null, contentType?: string): request.Test;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Where the functions reach Firestore (a file's own emulator, or a proxy in front of it). */
  firestoreHost?: string;
  /** Where the harness clears the project (the emulator itself, never through a proxy). */
  adminHost?: string;
}

export async function setUpIngestHarness(fileUrl: string, options: HarnessOptions = {}): Promise<Harness> {
  const projectId = projectIdFor(fileUrl);
  const adminHost = options.adminHost ?? options.firestoreHost ?? emulatorHost();
  const key = await generateLocalKey();
  const certs: CertServer = await serveCertificates([key]);
  Object.assign(process.env, {
    FIRESTORE_EMULATOR_HOST: options.firestoreHost ?? emulatorHost(),
    GCLOUD_PROJECT: projectId,
    GOOGLE_CLOUD_PROJECT: projectId,
    SHUANGPEI_ID_HASH_SECRET: TEST_SECRET,
    SHUANGPEI_TOKEN_AUDIENCE: LOCAL_AUDIENCE,
    SHUANGPEI_TOKEN_ISSUERS: LOCAL_ISSUER,
    SHUANGPEI_CERTS_URL: certs.url,
    SHUANGPEI_TODAY: '2026-11-25',
    SHUANGPEI_LOG_LEVEL: process.env.SHUANGPEI_LOG_LEVEL ?? 'warn',
  });
  await import('../../functions/src/index');
  const { firestore } = await import('../../functions/src/runtime');
  const { saveUser } = await import('../../functions/src/store/firestore/users');
  const db = firestore();
  const server = getTestServer('ingest') as unknown as Server;
  const seed = async () => {
    for (const user of Object.values(USERS)) await saveUser(db, user);
  };
  await clearProject(projectId, adminHost);
  await seed();
  return {
    projectId,
    db,
    server,
    key,
    token: (email, options = {}) => signIdToken(key, { email, ...options }),
    post: (body, token, contentType = 'text/plain; charset=utf-8') => {
      const req = request(server).post('/').set('content-type', contentType);
      if (token) req.set('authorization', `Bearer ${token}`);
      return req.send(typeof body === 'string' ? body : JSON.stringify(body));
    },
    reset: async () => {
      await clearProject(projectId, adminHost);
      await seed();
    },
    close: () => certs.close(),
  };
}

/** A request body for one tab of a township spreadsheet. */
export function ingestBody(
  ledger: string,
  rows: { key: string; revision?: number; row?: number; cells: Record<string, unknown> }[],
  extra: Record<string, unknown> = {},
) {
  return {
    spreadsheetId: 'sheet-chengguan',
    county: COUNTY,
    township: '城关镇',
    ledger,
    rows: rows.map((r, i) => ({ revision: 1, row: i + 2, ...r })),
    ...extra,
  };
}

/** An ingest answer's `counts`, zero but for the ones given. */
export const ingestCounts = (given: Partial<Record<string, number>> = {}) => ({
  received: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  moved: 0,
  stale: 0,
  withErrors: 0,
  withWarnings: 0,
  deleted: 0,
  ...given,
});
