// Starts Google's Pub/Sub emulator (gcloud's `pubsub-emulator` component) on a free port for one test file.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** The emulator's launcher: PUBSUB_EMULATOR_BIN, or the one beside the installed gcloud; null when absent. */
export function locatePubsubEmulator(): string | null {
  if (process.env.PUBSUB_EMULATOR_BIN) return process.env.PUBSUB_EMULATOR_BIN;
  try {
    const gcloud = realpathSync(execFileSync('sh', ['-c', 'command -v gcloud'], { encoding: 'utf8' }).trim());
    const bin = join(dirname(gcloud), '..', 'platform/pubsub-emulator/bin/cloud-pubsub-emulator');
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface PubsubEmulator {
  host: string;
  /** PUT/POST to the emulator's REST API; throws on an error answer. */
  call(method: string, path: string, body?: unknown): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startPubsubEmulator(bin: string): Promise<PubsubEmulator> {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const child: ChildProcess = spawn(bin, [`--host=127.0.0.1`, `--port=${port}`], { stdio: 'ignore' });
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`http://${host}/v1/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (!res.ok)
      throw new Error(`Pub/Sub emulator: ${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`);
    return json;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await fetch(`http://${host}/v1/projects/demo-shuangpei/topics`);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error('the Pub/Sub emulator did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    host,
    call,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
