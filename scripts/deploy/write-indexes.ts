// `npm run indexes`: writes firestore.indexes.json from the ledger registry; `--check` fails when it is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { indexFileText } from './firestore-indexes';

const path = resolve(import.meta.dirname, '../../firestore.indexes.json');
const expected = indexFileText();
if (process.argv.includes('--check')) {
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current !== expected) {
    console.error('firestore.indexes.json is not what the ledger registry needs: run `npm run indexes`');
    process.exit(1);
  }
  console.log('firestore.indexes.json is current');
} else {
  await writeFile(path, expected);
  console.log(`wrote ${path}`);
}
