// What the local mode keeps between runs under `.data/`: its signing key, its ID-hash secret, its Firestore export.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateLocalKey, type LocalKey } from '../local-identity';
import { restrictTree } from './durable-export';

export interface LocalState {
  dataDir: string;
  key: LocalKey;
  idHashSecret: string;
  /** Where the emulator's data is exported on shutdown and imported on start. */
  firestoreDir: string;
  /** Written while a `serve` stack runs, so `run` can reuse it. */
  stackFile: string;
  /** The `ingest` requests answered since the last export (see ingest-journal.ts). */
  journalFile: string;
}

async function readOrCreate<T>(file: string, create: () => Promise<T>): Promise<T> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as T;
  const value = await create();
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  return value;
}

export async function loadLocalState(dataDir: string): Promise<LocalState> {
  // Raw ID numbers live here (the export, the journal): this user only, whatever the umask.
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
  await restrictTree(join(dataDir, 'firestore')); // an export written before files were kept private
  const key = await readOrCreate(join(dataDir, 'local-identity.json'), generateLocalKey);
  const { idHashSecret } = await readOrCreate(join(dataDir, 'local-secret.json'), async () => ({
    idHashSecret: randomBytes(32).toString('hex'),
  }));
  return {
    dataDir,
    key,
    idHashSecret,
    firestoreDir: join(dataDir, 'firestore'),
    stackFile: join(dataDir, 'stack.json'),
    journalFile: join(dataDir, 'ingest-journal.jsonl'),
  };
}
