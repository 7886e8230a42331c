// The lockfile of functions/dist: the root package-lock.json cut down to what the bundle's dependencies need,
// so Cloud Build's `npm ci` installs exactly the versions the tests ran with.

/** Where Node would find `name` from the package at `from` (`node_modules/a/node_modules/b`, or '' for the root). */
function resolveFrom(packages, from, name) {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const at = base.lastIndexOf('/node_modules/');
    base = at === -1 ? '' : base.slice(0, at);
  }
}

/**
 * A lockfile (v3) for a package named `name`@`version` that depends on `dependencies` ({name: range}),
 * holding every entry of `lock` those dependencies reach (dependencies, optional and peer dependencies).
 */
export function prunedLockfile(lock, { name, version, dependencies }) {
  const packages = lock.packages ?? {};
  const kept = new Map();
  const visit = (path) => {
    if (kept.has(path)) return;
    const { dev: _dev, devOptional: _devOptional, ...entry } = packages[path];
    kept.set(path, entry);
    const wanted = { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies };
    for (const dep of Object.keys(wanted)) {
      const found = resolveFrom(packages, path, dep);
      if (found) visit(found);
      else if (entry.dependencies?.[dep])
        throw new Error(`${path} needs ${dep}, which package-lock.json lacks`);
    }
  };
  for (const dep of Object.keys(dependencies)) {
    const found = resolveFrom(packages, '', dep);
    if (!found) throw new Error(`package-lock.json has no ${dep}: run npm install`);
    visit(found);
  }
  const sorted = [...kept.keys()].sort();
  return {
    name,
    version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name, version, dependencies },
      ...Object.fromEntries(sorted.map((path) => [path, kept.get(path)])),
    },
  };
}
