// Test helpers for the shared emulator: a project per test file, and clearing it between tests.
import { createHash } from 'node:crypto';
import { inject } from 'vitest';

export const emulatorHost = (): string => inject('firestoreEmulatorHost');

/** A project id unique to a test file, so files running in parallel never see each other's data. */
export const projectIdFor = (fileUrl: string): string =>
  `demo-${createHash('sha1').update(fileUrl).digest('hex').slice(0, 12)}`;

export async function clearProject(projectId: string, host = emulatorHost()): Promise<void> {
  const response = await fetch(
    `http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`,
    {
      method: 'DELETE',
    },
  );
  if (!response.ok) throw new Error(`clear failed: ${response.status}`);
}
