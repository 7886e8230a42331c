import { execFileSync, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  EmulatorMissingError,
  locateFirestoreEmulator,
  startFirestoreEmulator,
} from '../../functions/src/local/firestore-emulator';

const javaProcessesOn = (port: number): number => {
  try {
    return execFileSync('pgrep', ['-f', `^java .*cloud-firestore-emulator.*--port=${port}`], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n').length;
  } catch {
    return 0;
  }
};

describe('Firestore emulator harness', () => {
  it('finds the emulator from the env var first, and says in one line what to do when it is missing', () => {
    expect(locateFirestoreEmulator({})).toMatch(/cloud-firestore-emulator\.jar$/);
    expect(() => locateFirestoreEmulator({ FIRESTORE_EMULATOR_JAR: '/nowhere/emulator.jar' })).toThrow(
      new EmulatorMissingError(
        "FIRESTORE_EMULATOR_JAR points to /nowhere/emulator.jar, which does not exist: point it at cloud-firestore-emulator.jar, or unset it to use gcloud's or the Debian package's.",
      ),
    );
  });

  it('starts on a free port, clears a project, and stops without leaving java behind', async () => {
    const emulator = await startFirestoreEmulator();
    expect(emulator.hostPort).toMatch(/^127\.0\.0\.1:\d+$/);
    await emulator.clear('demo-harness');
    expect(javaProcessesOn(emulator.port)).toBe(1);
    await emulator.stop();
    expect(javaProcessesOn(emulator.port)).toBe(0);
  });

  it('leaves no orphan java process when its parent is killed with SIGKILL', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        "import('./functions/src/local/firestore-emulator.ts').then(async (m) => { const e = await m.startFirestoreEmulator(); console.log('PORT ' + e.port); setInterval(() => {}, 1000); })",
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const port = await new Promise<number>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const match = /PORT (\d+)/.exec(chunk.toString());
          if (match) resolve(Number(match[1]));
        });
      });
      expect(javaProcessesOn(port)).toBe(1);
      child.kill('SIGKILL');
      await expect.poll(() => javaProcessesOn(port), { timeout: 10_000, interval: 200 }).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
