// Wires the real adapters from the environment, once per process, on first use.
import { getApps, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';
import type { AssessDeps, AssessNowDeps } from './assess/assess-handlers';
import { pubsubAssessQueue } from './assess/assess-queue';
import type { PublishSummaries } from './assess/assess-service';
import { firestoreAssessDeps } from './assess/firestore-assess-deps';
import { cachedFindUser } from './auth/cached-find-user';
import { createIdTokenVerifier } from './auth/verify-id-token';
import { ConfigError, loadAssessmentConfig, loadServerConfig, type ServerConfig } from './config/env-config';
import type { AssessmentConfig } from './core/assessment';
import { civilDateInCounty } from './core/dates/civil-date';
import { parseDateCell } from './core/dates/parse-date-cell';
import type { IngestDeps } from './ingest/ingest-handler';
import { protectConsole } from './log/console-privacy';
import { consoleLogger } from './log/logger';
import { createPublisher, spreadsheetTargets, workbookTargets } from './report/publish-summaries';
import { FirestoreLedgerRowStore } from './store/firestore/ledger-row-store';
import { firestoreRecordRefusal } from './store/firestore/security-log';
import { firestoreFindUser } from './store/firestore/users';
import { createGoogleSheetsWriter, writeSummaryWorkbook } from './summary';

// Whatever a library prints goes through the same privacy net as our own log lines.
protectConsole();

const once = <T>(make: () => T): (() => T) => {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
};

/** The Firestore of the project in GOOGLE_CLOUD_PROJECT (or the emulator in FIRESTORE_EMULATOR_HOST). */
export const firestore = once((): Firestore => {
  // The emulator needs no credentials: never let Google's auth libraries probe the cloud metadata server
  // (metadata.google.internal, 169.254.169.254) from a machine running local mode.
  if (process.env.FIRESTORE_EMULATOR_HOST) process.env.METADATA_SERVER_DETECTION ??= 'none';
  const projectId = process.env.GOOGLE_CLOUD_PROJECT ?? process.env.GCLOUD_PROJECT;
  const app = getApps()[0] ?? initializeApp(projectId ? { projectId } : {});
  const db = getFirestore(app);
  db.settings({ ignoreUndefinedProperties: true });
  return db;
});

export const serverConfig = once((): ServerConfig => loadServerConfig(process.env));

/** Weights, split, bands, counts and tie-breaks from SHUANGPEI_ASSESSMENT_CONFIG (defaults when unset). */
export const assessmentConfig = once((): AssessmentConfig => loadAssessmentConfig(process.env));

/** Today in Asia/Shanghai; SHUANGPEI_TODAY pins it for demos and tests. */
export function today(): string {
  const pinned = process.env.SHUANGPEI_TODAY;
  if (pinned) {
    const parsed = parseDateCell(pinned);
    if (parsed.ok && parsed.value) return parsed.value;
  }
  return civilDateInCounty(new Date());
}

/** A role change or a removed account takes effect within a minute; a newly added account within 10 s. */
const USER_CACHE = { ttlMs: 60_000, negativeTtlMs: 10_000 };

export const ingestDeps = once(async (): Promise<IngestDeps> => {
  const config = serverConfig();
  const db = firestore();
  return {
    verifyIdToken: createIdTokenVerifier(config),
    findUser: cachedFindUser(firestoreFindUser(db), USER_CACHE),
    store: new FirestoreLedgerRowStore(db, config.idHashSecret),
    recordRefusal: firestoreRecordRefusal(db, config.idHashSecret, { log: consoleLogger }),
    today,
    log: consoleLogger,
    maxRows: config.maxRows,
    maxBytes: config.maxBytes,
  };
});

/**
 * Where summaries go — SHUANGPEI_SUMMARIES:
 * `sheets` (default): the county and township Google spreadsheets, via Sheets v4 with Application Default Credentials;
 * `xlsx:DIR`: .xlsx workbooks in DIR (local mode); `none`: only the Firestore snapshot.
 */
const SHEETS_CONCURRENCY = 8;

function summaryPublisher(): PublishSummaries {
  const target = process.env.SHUANGPEI_SUMMARIES ?? 'sheets';
  if (target === 'none') return async () => [];
  if (target.startsWith('xlsx:'))
    return createPublisher(writeSummaryWorkbook, workbookTargets(target.slice(5)), consoleLogger);
  if (target === 'sheets') {
    const writer = createGoogleSheetsWriter({
      serviceAccount: process.env.SHUANGPEI_SERVICE_ACCOUNT,
      log: consoleLogger,
    });
    // Sheets allows an account 60 reads and 60 writes a minute; a spreadsheet costs one of each, so the county's
    // 16 fit in one minute: written 8 at a time (a 429 backs off and retries).
    return createPublisher(writer, spreadsheetTargets, consoleLogger, SHEETS_CONCURRENCY);
  }
  throw new ConfigError(`SHUANGPEI_SUMMARIES=${target} is not supported: use sheets, xlsx:DIR or none`);
}

export const assessDeps = once(async (): Promise<AssessDeps> => {
  const db = firestore();
  return firestoreAssessDeps(db, {
    config: assessmentConfig(),
    publish: summaryPublisher(),
    today,
    log: consoleLogger,
  });
});

export const assessNowDeps = once(async (): Promise<AssessNowDeps> => {
  const ingest = await ingestDeps();
  return {
    ...(await assessDeps()),
    verifyIdToken: ingest.verifyIdToken,
    findUser: ingest.findUser,
    recordRefusal: ingest.recordRefusal,
    // Production: queue the run for `assess` (scripts/deploy-gcp.sh sets the topic); local mode runs it inline.
    ...(process.env.SHUANGPEI_ASSESS_TOPIC
      ? { queueAssessment: pubsubAssessQueue(process.env.SHUANGPEI_ASSESS_TOPIC) }
      : {}),
  };
});
