// The whole system on one machine: the Firestore emulator, a local identity, and the functions on a port.
import { randomBytes } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import type { User } from '../../auth/authorize';
import { type FirestoreEmulator, startFirestoreEmulator } from '../firestore-emulator';
import {
  type CertServer,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  serveCertificates,
  signIdToken,
} from '../local-identity';
import { exportData, recoverExport } from './durable-export';
import { type FunctionsHost, startFunctionsHost } from './functions-host';
import { openIngestJournal } from './ingest-journal';
import type { LocalState } from './local-state';
import { packageFile } from './package-file';
import { replayJournal } from './replay-journal';

/** Emulator-only project: the `demo-` prefix keeps every Google client away from real projects. */
export const LOCAL_PROJECT = 'demo-shuangpei';

export interface StackOptions {
  state: LocalState;
  /** Export the data to `.data/firestore` on stop, and journal every `ingest` answer until then. */
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
  /** The county's ID-hash secret, for keys derived from cells (local/push/protect-row-key.ts). */
  rowKeySecret: string;
  /** Requests of the journal replayed on start (answered before a kill -9 or crash, after the last export). */
  recovered: number;
  /** Resolves with a one-line message if the emulator dies while the stack runs (never after `stop`). */
  failure: Promise<string>;
  /** Closes the port, exports (when the emulator still runs), stops the emulator; never hangs. */
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
  const journal = openIngestJournal(state.journalFile);
  if (options.persist) await recoverExport(state.firestoreDir);
  if (options.fresh) await journal.dropBefore(await journal.mark());
  const emulator = await startFirestoreEmulator({
    rulesFile: options.rulesFile ?? packageFile('firestore.rules'),
    ...(options.persist && !options.fresh ? { importDir: state.firestoreDir } : {}),
  });
  let stopping = false;
  let emulatorAlive = true;
  const failure = emulator.exited.then((code) => {
    emulatorAlive = false;
    if (stopping) return new Promise<string>(() => undefined);
    return `✘ Firestore 模拟器意外退出（${code}），服务已停止；已确认的同步记在 ${state.journalFile}，重新启动即可恢复`;
  });
  const certs = await serveCertificates([state.key]);
  configureEnvironment(emulator, certs, options);
  const replayNonce = randomBytes(16).toString('hex');
  const token = (email: string) => signIdToken(state.key, { email });
  let host: FunctionsHost;
  let recovered = 0;
  try {
    host = await startFunctionsHost(
      options.port,
      options.persist ? { journal: { journal, replayNonce } } : {},
    );
    if (options.persist && (await journal.entries()).length) {
      // Replayed, then exported at once: the journal only ever holds what the last export lacks.
      const mark = await journal.mark();
      const { firestore } = await import('../../runtime');
      const { saveUser } = await import('../../store/firestore/users');
      const restoreUser = (user: User) => saveUser(firestore(), user);
      recovered = (await replayJournal(journal, host.url, token, replayNonce, restoreUser)).replayed;
      await exportData(emulator, LOCAL_PROJECT, state.firestoreDir);
      await journal.dropBefore(mark);
    }
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
    token,
    rowKeySecret: state.idHashSecret,
    recovered,
    failure,
    async stop() {
      if (stopped) return;
      stopped = true;
      stopping = true;
      try {
        await host.close();
        await certs.close();
        if (options.persist && emulatorAlive) {
          const mark = await journal.mark();
          await exportData(emulator, LOCAL_PROJECT, state.firestoreDir);
          await journal.dropBefore(mark);
        }
      } finally {
        await emulator.stop();
      }
    },
  };
}
