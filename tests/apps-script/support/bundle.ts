// Builds the real bundle once per test file, into a temporary folder, with the project's build script.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { buildAppsScript } from '../../../scripts/build-apps-script.mjs';

export interface BuiltBundle {
  code: string;
  manifest: Record<string, unknown>;
  functions: string[];
}

export async function buildBundle(): Promise<BuiltBundle> {
  const outDir = await mkdtemp(join(tmpdir(), 'shuangpei-apps-script-'));
  const built = (await buildAppsScript({ outDir })) as {
    codeFile: string;
    manifestFile: string;
    functions: string[];
  };
  const bundle = {
    code: await readFile(built.codeFile, 'utf8'),
    manifest: JSON.parse(await readFile(built.manifestFile, 'utf8')),
    functions: built.functions,
  };
  await rm(outDir, { recursive: true, force: true });
  return bundle;
}
