// Starts, clears and stops the official Cloud Firestore emulator (a Java process) on a free loopback port.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

const EMULATOR_DIR = 'platform/cloud-firestore-emulator';
const JAR = 'cloud-firestore-emulator.jar';
const DEFAULT_SDK_ROOT = '/usr/lib/google-cloud-sdk';
const MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';
const READY_LINE = 'Dev App Server is now running';

/** Raised when the emulator or Java cannot be found; its message is one line saying what to install. */
export class EmulatorMissingError extends Error {
  override name = 'EmulatorMissingError';
}

function sdkRootFromGcloud(): string | null {
  try {
    const out = execFileSync('gcloud', ['info', '--format=value(installation.sdk_root)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 15_000,
    }).trim();
    return out || null;
  } catch {
    return null;
  }
}

/** Finds the emulator jar: $FIRESTORE_EMULATOR_JAR, then gcloud's SDK root, then the Debian package path. */
export function locateFirestoreEmulator(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FIRESTORE_EMULATOR_JAR;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new EmulatorMissingError(
      `FIRESTORE_EMULATOR_JAR points to ${fromEnv}, which does not exist: point it at cloud-firestore-emulator.jar, or unset it to use gcloud's or the Debian package's.`,
    );
  }
  const roots = [env.CLOUDSDK_ROOT_DIR, sdkRootFromGcloud(), DEFAULT_SDK_ROOT].filter(Boolean) as string[];
  for (const root of roots) {
    const jar = join(root, EMULATOR_DIR, JAR);
    if (existsSync(jar)) return jar;
  }
  throw new EmulatorMissingError(
    'Cloud Firestore emulator not found: install it with `apt-get install google-cloud-cli-firestore-emulator` (or `gcloud components install cloud-firestore-emulator`), or set FIRESTORE_EMULATOR_JAR to its .jar.',
  );
}

function assertJava(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore', timeout: 15_000 });
  } catch {
    throw new EmulatorMissingError(
      'Java not found: the Firestore emulator needs Java 11+; install it with `apt-get install openjdk-17-jre-headless`.',
    );
  }
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/** The newest `*.overall_export_metadata` in a directory or its sub-directories (an export), or null. */
export function findExportMetadata(directory: string): string | null {
  if (!existsSync(directory)) return null;
  const found: { path: string; time: number }[] = [];
  const visit = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isFile() && entry.name.endsWith('.overall_export_metadata'))
        found.push({ path, time: statSync(path).mtimeMs });
      else if (entry.isDirectory() && depth < 2) visit(path, depth + 1);
    }
  };
  visit(directory, 0);
  return found.sort((a, b) => b.time - a.time)[0]?.path ?? null;
}

export interface EmulatorOptions {
  rulesFile?: string;
  /** A directory holding an earlier export (see `exportTo`); ignored when it holds none. */
  importDir?: string;
  port?: number;
  /** Milliseconds to wait for the emulator to say it is ready. */
  startTimeoutMs?: number;
}

export interface FirestoreEmulator {
  host: string;
  port: number;
  /** `127.0.0.1:PORT`, the value for FIRESTORE_EMULATOR_HOST. */
  hostPort: string;
  /** Deletes every document of a project. */
  clear(projectId: string): Promise<void>;
  /** Writes an export of a project into `directory` (for `--import-data` on the next start). */
  exportTo(projectId: string, directory: string): Promise<void>;
  /** Settles when the emulator process ends — after `stop`, or on its own: `退出码 N` or the signal's name. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => {
    for (const child of running) child.kill('SIGTERM');
  };
  process.once('exit', killAll);
}

/**
 * Starts the emulator. The Java process runs under a small shell that kills it as soon as our stdin pipe
 * closes, so even a parent killed with SIGKILL leaves no orphan java process behind. It runs in a process
 * group of its own, so Ctrl+C in a terminal (SIGINT to the whole foreground group) reaches only us and we
 * can still export its data; its files (exports) are readable by this user only (umask 077).
 */
export async function startFirestoreEmulator(options: EmulatorOptions = {}): Promise<FirestoreEmulator> {
  const jar = locateFirestoreEmulator();
  assertJava();
  const host = '127.0.0.1';
  const port = options.port ?? (await freePort());
  const args = ['-cp', jar, MAIN_CLASS, 'start', `--host=${host}`, `--port=${port}`];
  if (options.rulesFile) args.push(`--rules=${options.rulesFile}`);
  if (options.importDir) {
    const metadata = findExportMetadata(options.importDir);
    if (metadata) args.push(`--import-data=${metadata}`);
  }
  const quoted = args.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  // java runs in the background; a watcher kills it when our stdin closes; the shell exits when java does.
  const script = `umask 077; exec 3<&0; java ${quoted} </dev/null & pid=$!; (cat >/dev/null; kill $pid 2>/dev/null) <&3 & watcher=$!; exec 3<&-; wait $pid; code=$?; kill $watcher 2>/dev/null; exit $code`;
  const child = spawn('sh', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code === null ? String(signal) : `退出码 ${code}`)),
  );
  running.add(child);
  installExitHook();

  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(
        new Error(
          `Firestore emulator did not start within ${options.startTimeoutMs ?? 60_000} ms:\n${output.slice(-2000)}`,
        ),
      );
    }, options.startTimeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      running.delete(child);
      reject(
        new Error(`Firestore emulator exited (code ${code}) before it was ready:\n${output.slice(-2000)}`),
      );
    });
  });
  // Keep draining output so the pipe never fills up.
  child.stdout!.resume();
  child.stderr!.resume();

  const base = `http://${host}:${port}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok)
      throw new Error(`Firestore emulator ${method} ${path}: ${response.status} ${await response.text()}`);
  };

  return {
    host,
    port,
    hostPort: `${host}:${port}`,
    exited,
    clear: (projectId) => call('DELETE', `/emulator/v1/projects/${projectId}/databases/(default)/documents`),
    exportTo: async (projectId, directory) => {
      await mkdir(directory, { recursive: true });
      await call('POST', `/emulator/v1/projects/${projectId}:export`, {
        database: `projects/${projectId}/databases/(default)`,
        export_directory: directory,
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => {
          running.delete(child);
          resolve();
        });
        child.stdin!.end();
      }),
  };
}
