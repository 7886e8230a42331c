// Starts what the benchmarks need: the emulator, a local identity, and the functions on a loopback port.
import { resolve } from 'node:path';
import { startFirestoreEmulator } from '../../functions/src/local/firestore-emulator';
import {
  generateLocalKey,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  serveCertificates,
  signIdToken,
} from '../../functions/src/local/local-identity';

export async function startBenchStack(projectId: string) {
  const emulator = await startFirestoreEmulator({ rulesFile: resolve('firestore.rules') });
  const key = await generateLocalKey();
  const certs = await serveCertificates([key]);
  Object.assign(process.env, {
    METADATA_SERVER_DETECTION: 'none',
    FIRESTORE_EMULATOR_HOST: emulator.hostPort,
    GCLOUD_PROJECT: projectId,
    GOOGLE_CLOUD_PROJECT: projectId,
    SHUANGPEI_ID_HASH_SECRET: 'bench-secret-0123456789abcdef0123',
    SHUANGPEI_TOKEN_AUDIENCE: LOCAL_AUDIENCE,
    SHUANGPEI_TOKEN_ISSUERS: LOCAL_ISSUER,
    SHUANGPEI_CERTS_URL: certs.url,
    SHUANGPEI_LOG_LEVEL: 'warn',
  });
  const { startFunctionsHost } = await import('../../functions/src/local/stack/functions-host');
  const { firestore } = await import('../../functions/src/runtime');
  const host = await startFunctionsHost();
  return {
    emulator,
    db: firestore(),
    /** The ingest function's URL. */
    url: `${host.url}/ingest`,
    /** Base URL of all functions (`/ingest`, `/assessNow`, `/assess`). */
    functionsBase: host.url,
    token: (email: string) => signIdToken(key, { email }),
    async stop() {
      await host.close();
      await certs.close();
      await emulator.stop();
    },
  };
}

export type BenchStack = Awaited<ReturnType<typeof startBenchStack>>;
