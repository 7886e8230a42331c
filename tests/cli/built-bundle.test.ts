import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

// What `npm start` and a deployment really run: the esbuild bundles of `npm run build`, not the sources.
const run = promisify(execFile);
const node = (args: string[], cwd = process.cwd()) =>
  run(process.execPath, args, { cwd, env: { ...process.env, SHUANGPEI_LOG_LEVEL: 'warn' } });

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'shuangpei-built-'));
  await node(['scripts/build.mjs']);
}, 60_000);

describe('the built bundles', () => {
  it('bin/shuangpei.js runs the CLI bundle: help in Chinese and English, a template as JSON', async () => {
    const help = await node(['bin/shuangpei.js', '--help']);
    expect(help.stdout).toContain('双培双带台账系统（本地版）/ the 双培双带 ledger system on one machine');
    const out = join(work, 'templates');
    const template = await node(['bin/shuangpei.js', 'template', '--out', out, '--json']);
    expect(JSON.parse(template.stdout)).toEqual({
      files: [join(out, '乡镇台账模板.xlsx'), join(out, '县级表格模板.xlsx')],
    });
    expect((await readdir(out)).sort()).toEqual(['乡镇台账模板.xlsx', '县级表格模板.xlsx']);
    const checked = await node(['bin/shuangpei.js', 'validate', join(out, '乡镇台账模板.xlsx'), '--json']);
    expect(JSON.parse(checked.stdout)).toMatchObject({ errors: 0 });
  });

  it('functions/dist registers ingest, assess and assessNow, and lists only runtime dependencies', async () => {
    const probe = [
      "await import('./index.js');",
      "const t = await import('@google-cloud/functions-framework/testing');",
      "for (const n of ['ingest', 'assess', 'assessNow']) t.getTestServer(n);",
      "console.log('registered');",
    ].join('\n');
    const loaded = await node(['--input-type=module', '-e', probe], join(process.cwd(), 'functions/dist'));
    expect(loaded.stdout.trim()).toBe('registered');
    const manifest = JSON.parse(await readFile('functions/dist/package.json', 'utf8'));
    expect(manifest).toMatchObject({ type: 'module', main: 'index.js', engines: { node: '22' } });
    // The lockfile Cloud Build's `npm ci` installs from (tests/deploy/functions-lockfile.test.ts checks it).
    const lock = JSON.parse(await readFile('functions/dist/package-lock.json', 'utf8'));
    expect(lock.packages['']).toEqual({
      name: manifest.name,
      version: manifest.version,
      dependencies: manifest.dependencies,
    });
    expect(Object.keys(manifest.dependencies)).toEqual(
      expect.arrayContaining(['@google-cloud/functions-framework', 'firebase-admin', 'zod']),
    );
    for (const dev of ['vitest', 'tsx', 'esbuild', 'typescript'])
      expect(Object.keys(manifest.dependencies)).not.toContain(dev);
  });

  it('the framework’s own server (as deployed) answers a malformed application/json body in Chinese', async () => {
    const port = await freePort();
    const server = spawn(
      process.execPath,
      [join(process.cwd(), 'node_modules/.bin/functions-framework'), '--target=ingest', `--port=${port}`],
      { cwd: join(process.cwd(), 'functions/dist'), env: { ...process.env, NODE_ENV: 'production' } },
    );
    try {
      const post = () =>
        fetch(`http://127.0.0.1:${port}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"rows": [',
        });
      // Silent under NODE_ENV=production: ask until it listens.
      let answer: Response | null = null;
      for (let i = 0; i < 100 && !answer; i++)
        answer = await post().catch(() => new Promise<null>((r) => setTimeout(() => r(null), 100)));
      if (!answer) throw new Error('the functions framework did not start listening');
      expect([answer.status, await answer.json()]).toEqual([
        400,
        { error: { code: 'BAD_REQUEST', message: '请求内容不是有效的 JSON，请检查格式' } },
      ]);
    } finally {
      server.kill();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}
