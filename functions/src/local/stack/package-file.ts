// Finds a file the command ships with (firestore.rules): next to the command, whatever the working folder.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest `name` in this module's folder or one above it (the source tree and `dist/` both work). */
export function packageFile(name: string, from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, name))) return join(dir, name);
    const parent = dirname(dir);
    if (parent === dir) return join(dirname(fileURLToPath(from)), name);
    dir = parent;
  }
}
