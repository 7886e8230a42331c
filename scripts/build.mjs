// `npm run build`: the CLI bundle (dist/cli.js), the deployable functions folder (functions/dist/) and the
// Apps Script bundle (apps-script/dist/). Dependencies stay external and are listed in functions/dist/package.json.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildAppsScript } from './build-apps-script.mjs';
import { prunedLockfile } from './deploy/functions-lockfile.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

/** The packages a bundle imports, e.g. `@googleapis/sheets`, `firebase-admin`. */
const importedPackages = (metafile) => {
  const names = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports) {
      if (!imp.external || imp.path.startsWith('node:')) continue;
      const parts = imp.path.split('/');
      names.add(imp.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  return [...names].sort();
};

async function buildFunctions(pkg) {
  const outdir = resolve(root, 'functions/dist');
  await rm(outdir, { recursive: true, force: true });
  const result = await build({ ...common, entryPoints: [resolve(root, 'functions/src/index.ts')], outdir });
  const lock = JSON.parse(await readFile(resolve(root, 'package-lock.json'), 'utf8'));
  const dependencies = {};
  for (const name of importedPackages(result.metafile)) {
    const version = pkg.dependencies?.[name] ?? lock.packages?.[`node_modules/${name}`]?.version;
    if (!version) throw new Error(`functions bundle imports ${name}, which package.json does not depend on`);
    dependencies[name] = version;
  }
  const manifest = {
    name: 'shuangpei-functions',
    version: pkg.version,
    private: true,
    type: 'module',
    main: 'index.js',
    engines: { node: '22' }, // the runtime scripts/deploy-gcp.sh deploys (nodejs22)
    dependencies,
  };
  await writeFile(resolve(outdir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Cloud Build runs `npm ci` with it: the deploy installs the versions the tests ran with.
  const functionsLock = prunedLockfile(lock, manifest);
  await writeFile(resolve(outdir, 'package-lock.json'), `${JSON.stringify(functionsLock, null, 2)}\n`);
  return outdir;
}

async function buildCli() {
  await build({
    ...common,
    entryPoints: { cli: resolve(root, 'functions/src/cli/main.ts') },
    outdir: resolve(root, 'dist'),
  });
  return resolve(root, 'dist/cli.js');
}

const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
const [cli, functions, appsScript] = await Promise.all([buildCli(), buildFunctions(pkg), buildAppsScript()]);
console.log(
  `built ${cli}\n      ${functions}/ (deploy with gcloud)\n      ${appsScript.codeFile} (push with clasp)`,
);
