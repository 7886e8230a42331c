// Starts functions-process.ts as a child process with the test's environment and keeps all it prints.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface FunctionsChild {
  url: string;
  /** The child's process id (its memory is in /proc/PID/status). */
  pid: number;
  /** Stops the process and returns everything it wrote to stdout and stderr. */
  stop(): Promise<{ stdout: string; stderr: string }>;
}

export async function startFunctionsChild(env: Record<string, string>): Promise<FunctionsChild> {
  const file = fileURLToPath(new URL('./functions-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`functions did not start:\n${stderr}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /READY (\S+)/.exec(stdout);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`functions exited (${code}):\n${stderr}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve({ stdout, stderr }));
        child.stdin.end();
      }),
  };
}
