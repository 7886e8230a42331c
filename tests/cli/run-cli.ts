// Runs the real `shuangpei` command in a child process (through tsx, so no build is needed), from the
// repository's root or, with `cwd`, from any other folder (as an operator would).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd: string = root): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', tsx, join(root, 'functions/src/cli/bin.ts'), ...args],
      {
        cwd,
        env: { ...process.env, SHUANGPEI_LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    // Decode as a stream: a chunk may end inside a multi-byte character (a Chinese one is 3 bytes in UTF-8).
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.on('data', (c: string) => {
      stderr += c;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
