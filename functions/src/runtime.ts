// Wires the real adapters from the environment, once per process, on first use.
import { getApps, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';
import { createIdTokenVerifier } from './auth/verify-id-token';
import { loadServerConfig, type ServerConfig } from './config/env-config';
import { civilDateInCounty } from './core/dates/civil-date';
import { parseDateCell } from './core/dates/parse-date-cell';
import { consoleLogger } from './http/log';
import type { IngestDeps } from './ingest/ingest-handler';
import { FirestoreLedgerRowStore } from './store/firestore/ledger-row-store';
import { firestoreRecordRefusal } from './store/firestore/security-log';
import { firestoreFindUser } from './store/firestore/users';

const once = <T>(make: () => T): (() => T) => {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
};

/** The Firestore of the project in GOOGLE_CLOUD_PROJECT (or the emulator in FIRESTORE_EMULATOR_HOST). */
export const firestore = once((): Firestore => {
  const projectId = process.env.GOOGLE_CLOUD_PROJECT ?? process.env.GCLOUD_PROJECT;
  const app = getApps()[0] ?? initializeApp(projectId ? { projectId } : {});
  const db = getFirestore(app);
  db.settings({ ignoreUndefinedProperties: true });
  return db;
});

export const serverConfig = once((): ServerConfig => loadServerConfig(process.env));

/** Today in Asia/Shanghai; SHUANGPEI_TODAY pins it for demos and tests. */
export function today(): string {
  const pinned = process.env.SHUANGPEI_TODAY;
  if (pinned) {
    const parsed = parseDateCell(pinned);
    if (parsed.ok && parsed.value) return parsed.value;
  }
  return civilDateInCounty(new Date());
}

export const ingestDeps = once(async (): Promise<IngestDeps> => {
  const config = serverConfig();
  const db = firestore();
  return {
    verifyIdToken: createIdTokenVerifier(config),
    findUser: firestoreFindUser(db),
    store: new FirestoreLedgerRowStore(db, config.idHashSecret),
    recordRefusal: firestoreRecordRefusal(db),
    today,
    log: consoleLogger,
    maxRows: config.maxRows,
    maxBytes: config.maxBytes,
  };
});
