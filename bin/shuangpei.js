#!/usr/bin/env node
// Entry point of the `shuangpei` command: runs the bundle built by `npm run build`.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('shuangpei is not built yet: run `npm run build` first.\n');
  process.exit(4);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv);
