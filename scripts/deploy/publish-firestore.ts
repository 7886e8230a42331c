// Publishes firestore.rules and applies firestore.indexes.json to a project, with the operator's gcloud token.
//   usage: ACCESS_TOKEN=$(gcloud auth print-access-token) tsx scripts/deploy/publish-firestore.ts --project P [--dry-run]
// Google's APIs refuse an end user's token without a quota project: every request names the project in
// `x-goog-user-project` (the caller needs serviceusage.services.use on it, which Owner and Editor have).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type ApiRequest,
  type ApiRoots,
  createRelease,
  createRuleset,
  GOOGLE_ROOTS,
  indexRequests,
  updateRelease,
} from './firestore-admin-requests';
import type { IndexFile } from './firestore-indexes';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    project: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'api-root': { type: 'string' },
  },
});
const project = values.project;
if (!project) {
  console.error('publish-firestore: --project is required');
  process.exit(2);
}
const roots: ApiRoots = values['api-root']
  ? { firestore: values['api-root'], rules: values['api-root'] }
  : GOOGLE_ROOTS;
const rules = await readFile(resolve(root, 'firestore.rules'), 'utf8');
const indexes = JSON.parse(await readFile(resolve(root, 'firestore.indexes.json'), 'utf8')) as IndexFile;
const token = process.env.ACCESS_TOKEN ?? '';
if (!values['dry-run'] && !token) {
  console.error('publish-firestore: set ACCESS_TOKEN (gcloud auth print-access-token)');
  process.exit(2);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends one request; retries 429/5xx with back-off; returns the status and JSON answer. */
async function send(request: ApiRequest): Promise<{ status: number; body: Record<string, unknown> }> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(request.url, {
      method: request.method,
      headers: {
        authorization: `Bearer ${token}`,
        'x-goog-user-project': project!,
        'content-type': 'application/json',
      },
      body: JSON.stringify(request.body),
    });
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if ((res.status === 429 || res.status >= 500) && attempt < 5) {
      await sleep(1000 * 2 ** attempt);
      continue;
    }
    return { status: res.status, body };
  }
}

async function apply(request: ApiRequest, accept: number[] = []): Promise<Record<string, unknown> | null> {
  const { status, body } = await send(request);
  if (status < 300) return body;
  if (request.alreadyDone?.includes(status) || accept.includes(status)) return null;
  const message = (body.error as { message?: string } | undefined)?.message ?? JSON.stringify(body);
  throw new Error(`${request.method} ${request.url} answered ${status}: ${message}`);
}

const plan = indexRequests(roots, project, indexes);
if (values['dry-run']) {
  console.log(`POST ${createRuleset(roots, project, rules).url} (firestore.rules)`);
  console.log(`PATCH ${updateRelease(roots, project, 'RULESET').url} (or POST …/releases the first time)`);
  for (const r of plan) console.log(`${r.method} ${r.url}`);
  process.exit(0);
}
try {
  const ruleset = await apply(createRuleset(roots, project, rules));
  const rulesetName = String(ruleset?.name);
  if ((await apply(updateRelease(roots, project, rulesetName), [404])) === null)
    await apply(createRelease(roots, project, rulesetName));
  console.log(`rules published: ${rulesetName}`);
  let existing = 0;
  for (const request of plan) if ((await apply(request)) === null) existing++;
  console.log(
    `indexes: ${indexes.indexes.length} composite (${existing} already there), ${indexes.fieldOverrides.length} field overrides (built in the background; see the console's Indexes page)`,
  );
} catch (error) {
  console.error(`publish-firestore: ${(error as Error).message}`);
  process.exit(1);
}
