// Every gcloud command scripts/deploy-gcp.sh runs, through the real gcloud CLI with no account and no network:
// each must get as far as asking for credentials, so none is refused for its syntax.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const has = (command: string, args: string[]) => {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
};
const gcloud = has('gcloud', ['--version']);
if (!gcloud) console.warn('gcloud not found on PATH: skipping the deploy script’s gcloud parsing test');
/** A user and network namespace of its own: gcloud can reach nothing but its own loopback. */
const isolated = has('unshare', ['-rn', 'true']);

let dir = '';
let commands: string[] = [];
/** The deploys again with what broke `--set-env-vars=^@^…`: an e-mail, a comma list, JSON with Chinese. */
let richDeploys: string[] = [];
const RICH_ENV = `PROJECT=my-county-shuangpei
REGION=asia-east2
COUNTY=示范县
SCHEDULE="0 6 * * *"
TOKEN_AUDIENCE=1-a.apps.googleusercontent.com,2-b.apps.googleusercontent.com
SERVICE_ACCOUNT_NAME=shuangpei-functions
ASSESSMENT_CONFIG='{"weights":{"development":30,"dataQuality":5},"bands":[{"name":"优秀","min":90},{"name":"合格","min":0}]}'
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shuangpei-gcloud-'));
  const lines: string[] = [];
  for (const assume of ['absent', 'present']) {
    const { stdout } = await run('bash', ['scripts/deploy-gcp.sh', '--dry-run', 'deploy.env.example'], {
      env: { ...process.env, DEPLOY_WORK_DIR: dir, DEPLOY_DRY_RUN_ASSUME: assume },
    });
    lines.push(...stdout.split('\n'));
  }
  commands = [
    ...new Set(lines.map((l) => l.replace(/^\? /, '').trim()).filter((l) => l.startsWith('gcloud '))),
  ];
  const rich = join(dir, 'rich');
  await mkdir(rich);
  await writeFile(join(rich, 'deploy.env'), RICH_ENV);
  const { stdout } = await run('bash', ['scripts/deploy-gcp.sh', '--dry-run', join(rich, 'deploy.env')], {
    env: { ...process.env, DEPLOY_WORK_DIR: rich },
  });
  richDeploys = stdout.split('\n').filter((l) => l.startsWith('gcloud functions deploy '));
  const env = JSON.parse(await readFile(join(rich, 'functions-env.yaml'), 'utf8'));
  expect(env.SHUANGPEI_TOKEN_AUDIENCE).toBe('1-a.apps.googleusercontent.com,2-b.apps.googleusercontent.com');
  expect(JSON.parse(env.SHUANGPEI_ASSESSMENT_CONFIG).bands[0]).toEqual({ name: '优秀', min: 90 });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** gcloud with a fresh configuration (no account), no prompts, no update check, and a dead proxy. */
async function gcloudWithoutAccount(line: string) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    LANG: 'C.UTF-8',
    CLOUDSDK_CONFIG: join(dir, 'gcloud-config'),
    CLOUDSDK_CORE_DISABLE_PROMPTS: '1',
    CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true',
    CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: 'true',
    CLOUDSDK_CORE_CHECK_GCE_METADATA: 'false',
    CLOUDSDK_PROXY_TYPE: 'http',
    CLOUDSDK_PROXY_ADDRESS: '127.0.0.1',
    CLOUDSDK_PROXY_PORT: '9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
  };
  // stdin is empty, as for `openssl rand … | gcloud secrets create … --data-file=-` with nothing to read.
  const shell = ['bash', '-c', `${line} </dev/null`];
  const [file, ...args] = isolated ? ['unshare', '-rn', ...shell] : shell;
  try {
    await run(file!, args, { env, timeout: 60_000, killSignal: 'SIGKILL' });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    return { code: e.code ?? -1, stderr: e.stderr ?? '' };
  }
}

describe.skipIf(!gcloud)('scripts/deploy-gcp.sh through the real gcloud', () => {
  it('lists every gcloud command of a first and of a repeated deployment', () => {
    const verbs = commands.map((c) =>
      c.split(' --')[0]!.replace(/ (\S+@\S+|shuangpei-\S+|my-county-\S+)/g, ''),
    );
    expect(verbs).toEqual([
      'gcloud services enable',
      'gcloud firestore databases describe',
      'gcloud firestore databases create',
      'gcloud auth print-access-token',
      'gcloud iam service-accounts describe',
      'gcloud iam service-accounts create',
      'gcloud iam service-accounts describe',
      'gcloud iam service-accounts create',
      'gcloud projects add-iam-policy-binding',
      'gcloud secrets describe',
      'gcloud secrets create',
      'gcloud secrets add-iam-policy-binding',
      'gcloud pubsub topics describe',
      'gcloud pubsub topics create',
      'gcloud pubsub topics add-iam-policy-binding',
      'gcloud projects describe',
      'gcloud projects add-iam-policy-binding',
      'gcloud functions deploy ingest',
      'gcloud functions deploy assessNow',
      'gcloud functions deploy assess',
      'gcloud run services add-iam-policy-binding assess',
      'gcloud scheduler jobs describe',
      'gcloud scheduler jobs create pubsub',
      'gcloud logging metrics describe',
      'gcloud logging metrics create',
      'gcloud scheduler jobs update pubsub',
      'gcloud logging metrics update',
    ]);
  });

  it('has gcloud accept every argument and stop only for want of an account', async () => {
    const outcomes: { command: string; code: number; stderr: string }[] = [];
    expect(richDeploys).toHaveLength(3);
    const queue = [...commands, ...richDeploys];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift())
        outcomes.push({ command: c, ...(await gcloudWithoutAccount(c)) });
    };
    await Promise.all([worker(), worker(), worker()]);
    const refusedForSyntax = outcomes.filter(
      (o) => o.code !== 1 || !o.stderr.includes('You do not currently have an active account selected.'),
    );
    expect(refusedForSyntax).toEqual([]);
    expect(outcomes).toHaveLength(commands.length + richDeploys.length);
  }, 240_000);
});
