// functions/dist's lockfile: the root lockfile cut down to the functions' dependencies, accepted by `npm ci`.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { prunedLockfile } from '../../scripts/deploy/functions-lockfile.mjs';

const root = resolve(import.meta.dirname, '../..');
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('prunedLockfile', () => {
  it('keeps what the dependencies reach, resolved as Node resolves them, without dev flags', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'root', dependencies: { a: '^1.0.0' }, devDependencies: { d: '^1.0.0' } },
        'node_modules/a': { version: '1.2.0', dependencies: { b: '^2.0.0', c: '^1.0.0' } },
        'node_modules/a/node_modules/b': { version: '2.1.0' },
        'node_modules/b': { version: '1.0.0', dev: true },
        'node_modules/c': { version: '1.0.3', optionalDependencies: { e: '*' }, devOptional: true },
        'node_modules/d': { version: '1.0.0', dev: true },
      },
    };
    expect(prunedLockfile(lock, { name: 'f', version: '0.1.0', dependencies: { a: '^1.0.0' } })).toEqual({
      name: 'f',
      version: '0.1.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'f', version: '0.1.0', dependencies: { a: '^1.0.0' } },
        'node_modules/a': { version: '1.2.0', dependencies: { b: '^2.0.0', c: '^1.0.0' } },
        'node_modules/a/node_modules/b': { version: '2.1.0' },
        'node_modules/c': { version: '1.0.3', optionalDependencies: { e: '*' } },
      },
    });
  });

  it('pins every package the functions install to the version the tests run with, and npm ci accepts it', async () => {
    const pkg = await readJson(join(root, 'package.json'));
    const manifest = { name: 'shuangpei-functions', version: pkg.version, dependencies: pkg.dependencies };
    const lock = prunedLockfile(await readJson(join(root, 'package-lock.json')), manifest);
    const mismatched: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages as Record<string, { version?: string }>)) {
      if (!path) continue;
      const installed = join(root, path, 'package.json');
      if (!existsSync(installed)) continue; // an optional package for another platform
      const { version } = await readJson(installed);
      if (version !== entry.version) mismatched.push(`${path}: lock ${entry.version}, installed ${version}`);
    }
    expect(mismatched).toEqual([]);
    const dir = await mkdtemp(join(tmpdir(), 'shuangpei-lock-'));
    try {
      await writeFile(join(dir, 'package.json'), JSON.stringify(manifest));
      await writeFile(join(dir, 'package-lock.json'), JSON.stringify(lock));
      // Offline: a lockfile out of step with package.json would make npm look for a version and fail.
      const { stdout } = await promisify(execFile)(
        'npm',
        ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'],
        { cwd: dir, timeout: 120_000 },
      );
      expect(stdout).toMatch(/added \d+ packages/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
