// No local-mode command reaches beyond 127.0.0.1: before, `shuangpei user` against the emulator (without
// METADATA_SERVER_DETECTION=none) tried the cloud metadata server (metadata.google.internal,
// 169.254.169.254). The command runs with a preload that records every destination it tries.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emulatorHost, projectIdFor } from '../support/emulator';

/** Runs `shuangpei ARGS` with the recorder preloaded; its exit code, output and every destination tried. */
async function recorded(args: string[], env: NodeJS.ProcessEnv) {
  const file = join(await mkdtemp(join(tmpdir(), 'connections-')), 'tried.txt');
  const preload = new URL('./support/record-connections.mjs', import.meta.url).pathname;
  const child = spawn(
    process.execPath,
    ['--import', preload, '--import', 'tsx', 'functions/src/cli/bin.ts', ...args],
    { env: { ...env, SHUANGPEI_RECORD_CONNECTIONS: file }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const tried = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { code, stdout, tried: [...new Set(tried)].sort() };
}

describe('shuangpei user on the emulator', () => {
  it('adds and lists accounts reaching nothing but the emulator on 127.0.0.1', async () => {
    const { METADATA_SERVER_DETECTION: _, ...env } = process.env;
    const local = { ...env, FIRESTORE_EMULATOR_HOST: emulatorHost() };
    const project = projectIdFor(import.meta.url);
    const add = await recorded(
      [
        'user',
        'add',
        'clerk@chengguan.example',
        '--role',
        'clerk',
        '--county',
        '示范县',
        '--township',
        '城关镇',
        '--project',
        project,
      ],
      local,
    );
    expect([add.code, add.stdout.trim()]).toEqual([
      0,
      '已登记：clerk@chengguan.example（clerk，示范县城关镇）',
    ]);
    expect(add.tried).toEqual([`tcp ${emulatorHost()}`]);
    const list = await recorded(['user', 'list', '--project', project, '--json'], local);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      { email: 'clerk@chengguan.example', role: 'clerk', county: '示范县', township: '城关镇' },
    ]);
    expect(list.tried).toEqual([`tcp ${emulatorHost()}`]);
  }, 60_000);
});
