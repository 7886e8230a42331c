// scripts/deploy/publish-firestore.ts against a server that records what it is sent and answers as Google does.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firestoreIndexFile } from '../../scripts/deploy/firestore-indexes';

interface Seen {
  method: string;
  path: string;
  auth: string | undefined;
  quotaProject: string | undefined;
  body: unknown;
}
const seen: Seen[] = [];
let failedOnce = false;

const server = createServer(async (req: IncomingMessage, res) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const path = decodeURIComponent(req.url ?? '');
  seen.push({
    method: req.method ?? '',
    path,
    auth: req.headers.authorization,
    quotaProject: req.headers['x-goog-user-project'] as string | undefined,
    body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'),
  });
  const answer = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (path.endsWith('/rulesets')) return answer(200, { name: 'projects/p1/rulesets/r-1' });
  if (req.method === 'PATCH' && path.endsWith('/releases/cloud.firestore'))
    return answer(404, { error: { code: 404, status: 'NOT_FOUND' } });
  if (path.endsWith('/releases')) return answer(200, { name: 'projects/p1/releases/cloud.firestore' });
  if (path.includes('/trainingMenu/indexes'))
    return answer(409, { error: { code: 409, status: 'ALREADY_EXISTS', message: 'index already exists' } });
  if (path.includes('/talents/fields/county') && !failedOnce) {
    failedOnce = true;
    return answer(503, { error: { code: 503, status: 'UNAVAILABLE' } });
  }
  return answer(200, { name: 'operations/x', done: false });
});

let url = '';
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const publish = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/deploy/publish-firestore.ts', ...args], {
    env: { ...process.env, ...env },
  });

describe('publish-firestore', () => {
  it('publishes the rules and every index with the quota project, creating the release the first time', async () => {
    const { stdout } = await publish(['--project', 'p1', '--api-root', url], { ACCESS_TOKEN: 'ya29.test' });
    const file = firestoreIndexFile();
    const groups = '/v1/projects/p1/databases/(default)/collectionGroups';
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /v1/projects/p1/rulesets',
      'PATCH /v1/projects/p1/releases/cloud.firestore',
      'POST /v1/projects/p1/releases',
      ...file.indexes.map((i) => `POST ${groups}/${i.collectionGroup}/indexes`),
      `PATCH ${groups}/talents/fields/county?updateMask=indexConfig`, // 503, retried
      ...file.fieldOverrides.map(
        (o) => `PATCH ${groups}/${o.collectionGroup}/fields/${o.fieldPath}?updateMask=indexConfig`,
      ),
    ]);
    expect(new Set(seen.map((s) => `${s.auth} ${s.quotaProject}`))).toEqual(new Set(['Bearer ya29.test p1']));
    expect(seen[0]!.body).toEqual({
      source: { files: [{ name: 'firestore.rules', content: await readFile('firestore.rules', 'utf8') }] },
    });
    expect(seen[2]!.body).toEqual({
      name: 'projects/p1/releases/cloud.firestore',
      rulesetName: 'projects/p1/rulesets/r-1',
    });
    expect(seen[3]!.body).toEqual({
      queryScope: 'COLLECTION',
      fields: [
        { fieldPath: 'deleted', order: 'ASCENDING' },
        { fieldPath: 'status', order: 'ASCENDING' },
      ],
    });
    const county = seen.find((s) => s.path.includes('/talents/fields/county'))!;
    expect(county.body).toEqual({
      indexConfig: {
        indexes: [{ queryScope: 'COLLECTION_GROUP', fields: [{ fieldPath: 'county', order: 'ASCENDING' }] }],
      },
    });
    expect(seen.find((s) => s.path.includes('/talents/fields/cells'))!.body).toEqual({
      indexConfig: { indexes: [] },
    });
    expect(stdout).toBe(
      `rules published: projects/p1/rulesets/r-1\nindexes: ${file.indexes.length} composite (1 already there), ${file.fieldOverrides.length} field overrides (built in the background; see the console's Indexes page)\n`,
    );
  }, 30_000);

  it('refuses to run without a token, before sending anything', async () => {
    const before = seen.length;
    const error = await publish(['--project', 'p1', '--api-root', url], { ACCESS_TOKEN: '' }).catch((e) => e);
    expect([error.code, error.stderr]).toEqual([
      2,
      'publish-firestore: set ACCESS_TOKEN (gcloud auth print-access-token)\n',
    ]);
    expect(seen.length).toBe(before);
  });
});
