// Exports the emulator's data under `.data/` so that no crash at any moment loses the last good export.
import { existsSync } from 'node:fs';
import { chmod, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type FirestoreEmulator, findExportMetadata } from '../firestore-emulator';

/** Makes a folder 0700 and every file under it 0600 (the export holds raw ID numbers). */
export async function restrictTree(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await restrictTree(path);
    else if (entry.isFile()) await chmod(path, 0o600);
  }
}

/**
 * Before a start: a swap a crash interrupted is finished (`dir.next` complete and `dir` gone), and a half
 * export (`dir.next` without metadata, or beside a good `dir`) is removed, so neither blocks the start.
 */
export async function recoverExport(dir: string): Promise<void> {
  const next = `${dir}.next`;
  if (!existsSync(next)) return;
  if (!findExportMetadata(dir) && findExportMetadata(next)) {
    await rm(dir, { recursive: true, force: true });
    await rename(next, dir);
    return;
  }
  await rm(next, { recursive: true, force: true });
}

/** Exports beside the previous export, then swaps, so a failed export never loses the last good one. */
export async function exportData(emulator: FirestoreEmulator, projectId: string, dir: string): Promise<void> {
  const next = `${dir}.next`;
  await rm(next, { recursive: true, force: true });
  await emulator.exportTo(projectId, next);
  if (!findExportMetadata(next)) throw new Error(`Firestore export to ${next} produced no metadata`);
  await restrictTree(next);
  await rm(dir, { recursive: true, force: true });
  await rename(next, dir);
}
