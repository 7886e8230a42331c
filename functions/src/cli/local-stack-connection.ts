// Starts the local stack, or reuses the one `shuangpei serve` keeps running for the same data folder.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { EmulatorMissingError } from '../local/firestore-emulator';
import { signIdToken } from '../local/local-identity';
import { LOCAL_PROJECT, type LocalStack, startLocalStack } from '../local/stack/local-stack';
import type { LocalState } from '../local/stack/local-state';
import { CliError, EXIT } from './exit-codes';

interface StackFile {
  pid: number;
  functionsUrl: string;
  emulatorHost: string;
}

export async function recordRunningStack(state: LocalState, stack: LocalStack): Promise<() => Promise<void>> {
  const info: StackFile = {
    pid: process.pid,
    functionsUrl: stack.functionsUrl,
    emulatorHost: stack.emulatorHost,
  };
  await writeFile(state.stackFile, `${JSON.stringify(info, null, 2)}\n`);
  return () => rm(state.stackFile, { force: true });
}

async function runningStack(state: LocalState): Promise<StackFile | null> {
  if (!existsSync(state.stackFile)) return null;
  try {
    const info = JSON.parse(await readFile(state.stackFile, 'utf8')) as StackFile;
    process.kill(info.pid, 0);
    const probe = await fetch(`${info.functionsUrl}/ingest`, { signal: AbortSignal.timeout(2000) });
    return probe.status === 405 ? info : null;
  } catch {
    return null;
  }
}

export interface StackConnection extends LocalStack {
  reused: boolean;
}

export async function connectStack(options: {
  state: LocalState;
  fresh: boolean;
  summaries: string;
  port?: number;
}): Promise<StackConnection> {
  const running = await runningStack(options.state);
  if (running) {
    Object.assign(process.env, {
      FIRESTORE_EMULATOR_HOST: running.emulatorHost,
      GCLOUD_PROJECT: LOCAL_PROJECT,
      GOOGLE_CLOUD_PROJECT: LOCAL_PROJECT,
    });
    const { firestore } = await import('../runtime');
    const db = firestore();
    return {
      reused: true,
      functionsUrl: running.functionsUrl,
      emulatorHost: running.emulatorHost,
      db,
      token: (email) => signIdToken(options.state.key, { email }),
      rowKeySecret: options.state.idHashSecret,
      recovered: 0,
      failure: new Promise<string>(() => undefined), // the serve that owns the emulator watches it
      stop: async () => undefined,
    };
  }
  try {
    const stack = await startLocalStack({
      state: options.state,
      persist: true,
      fresh: options.fresh,
      summaries: options.summaries,
      ...(options.port ? { port: options.port } : {}),
    });
    return { ...stack, reused: false };
  } catch (error) {
    if (error instanceof EmulatorMissingError) throw new CliError(error.message, EXIT.environment);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError(
        `端口 ${options.port} 已被占用：请换一个端口（--port）或先停止占用它的程序`,
        EXIT.environment,
      );
    }
    throw error;
  }
}
