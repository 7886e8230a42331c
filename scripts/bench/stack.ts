// Starts what the benchmarks need: the emulator, a local identity, and the functions on a loopback port.
import type { AddressInfo } from 'node:net';
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
  await import('../../functions/src/index');
  const { getTestServer } = await import('@google-cloud/functions-framework/testing');
  const { firestore } = await import('../../functions/src/runtime');
  const server = getTestServer('ingest');
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    emulator,
    db: firestore(),
    url,
    token: (email: string) => signIdToken(key, { email }),
    async stop() {
      await new Promise((done) => server.close(done));
      await certs.close();
      await emulator.stop();
    },
  };
}

export type BenchStack = Awaited<ReturnType<typeof startBenchStack>>;
