// Types of functions-lockfile.mjs (plain JavaScript, so that `npm run build` needs no TypeScript loader).
export interface Lockfile {
  name?: string;
  version?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, Record<string, unknown> & { version?: string }>;
}
export function prunedLockfile(
  lock: Lockfile,
  manifest: { name: string; version: string; dependencies: Record<string, string> },
): Lockfile;
