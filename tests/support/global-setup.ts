// Starts one Firestore emulator for the whole test run; each test file uses its own project id.
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFirestoreEmulator } from '../../functions/src/local/firestore-emulator';

declare module 'vitest' {
  export interface ProvidedContext {
    firestoreEmulatorHost: string;
  }
}

export default async function setup(project: TestProject) {
  const emulator = await startFirestoreEmulator({ rulesFile: resolve('firestore.rules') });
  project.provide('firestoreEmulatorHost', emulator.hostPort);
  return async () => {
    await emulator.stop();
  };
}
