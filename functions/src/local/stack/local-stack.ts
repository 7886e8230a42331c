// The whole system on one machine: the Firestore emulator, a local identity, and the functions on a port.
import { rename, rm } from 'node:fs/promises';
import type { Firestore } from 'firebase-admin/firestore';
import { type FirestoreEmulator, findExportMetadata, startFirestoreEmulator } from '../firestore-emulator';
import {
  type CertServer,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  serveCertificates,
  signIdToken,
} from '../local-identity';
import { type FunctionsHost, startFunctionsHost } from './functions-host';
import type { LocalState } from './local-state';
import { packageFile } from './package-file';

/** Emulator-only project: the `demo-` prefix keeps every Google client away from real projects. */
export const LOCAL_PROJECT = 'demo-shuangpei';

export interface StackOptions {
  state: LocalState;
  /** Export the data to `.data/firestore` on stop. */
  persist: boolean;
  /** Start empty instead of importing the last export. */
  fresh?: boolean;
  /** `xlsx:DIR` or `none`: what the server-side assessment (assessNow, the daily one) writes. */
  summaries: string;
  port?: number;
  rulesFile?: string;
}

export interface LocalStack {
  functionsUrl: string;
  emulatorHost: string;
  db: Firestore;
  token(email: string): Promise<string>;
  stop(): Promise<void>;
}

/** Sets the environment the functions read (once per process: the functions keep what they first read). */
function configureEnvironment(emulator: FirestoreEmulator, certs: CertServer, options: StackOptions): void {
  Object.assign(process.env, {
    // Never probe the GCE metadata server (169.254.169.254): nothing here runs on Google Cloud.
    METADATA_SERVER_DETECTION: 'none',
    FIRESTORE_EMULATOR_HOST: emulator.hostPort,
    GCLOUD_PROJECT: LOCAL_PROJECT,
    GOOGLE_CLOUD_PROJECT: LOCAL_PROJECT,
    SHUANGPEI_ID_HASH_SECRET: options.state.idHashSecret,
    SHUANGPEI_TOKEN_AUDIENCE: LOCAL_AUDIENCE,
    SHUANGPEI_TOKEN_ISSUERS: LOCAL_ISSUER,
    SHUANGPEI_CERTS_URL: certs.url,
    SHUANGPEI_SUMMARIES: options.summaries,
    SHUANGPEI_LOG_LEVEL: process.env.SHUANGPEI_LOG_LEVEL ?? 'warn',
  });
}

export async function startLocalStack(options: StackOptions): Promise<LocalStack> {
  const { state } = options;
  const emulator = await startFirestoreEmulator({
    rulesFile: options.rulesFile ?? packageFile('firestore.rules'),
    ...(options.persist && !options.fresh ? { importDir: state.firestoreDir } : {}),
  });
  const certs = await serveCertificates([state.key]);
  configureEnvironment(emulator, certs, options);
  let host: FunctionsHost;
  try {
    host = await startFunctionsHost(options.port);
  } catch (error) {
    await certs.close();
    await emulator.stop();
    throw error;
  }
  const { firestore } = await import('../../runtime');
  let stopped = false;
  return {
    functionsUrl: host.url,
    emulatorHost: emulator.hostPort,
    db: firestore(),
    token: (email) => signIdToken(state.key, { email }),
    async stop() {
      if (stopped) return;
      stopped = true;
      await host.close();
      await certs.close();
      if (options.persist) await exportData(emulator, state.firestoreDir);
      await emulator.stop();
    },
  };
}

/** Exports beside the previous export, then swaps, so a failed export never loses the last good one. */
async function exportData(emulator: FirestoreEmulator, dir: string): Promise<void> {
  const next = `${dir}.next`;
  await rm(next, { recursive: true, force: true });
  await emulator.exportTo(LOCAL_PROJECT, next);
  if (!findExportMetadata(next)) throw new Error(`Firestore export to ${next} produced no metadata`);
  await rm(dir, { recursive: true, force: true });
  await rename(next, dir);
}
