// The Google API requests that publish firestore.rules and apply firestore.indexes.json: the Firebase Rules API
// and the Firestore Admin API, as firebase-tools makes them (`firebase deploy --only firestore`).
import type { IndexFile } from './firestore-indexes';

export interface ApiRequest {
  method: 'POST' | 'PATCH';
  url: string;
  body: unknown;
  /** Statuses that mean "already so" (an index that exists answers 409 ALREADY_EXISTS). */
  alreadyDone?: number[];
}

export interface ApiRoots {
  firestore: string;
  rules: string;
}

export const GOOGLE_ROOTS: ApiRoots = {
  firestore: 'https://firestore.googleapis.com',
  rules: 'https://firebaserules.googleapis.com',
};

/** Step 1 of the rules: a ruleset holding the file; its answer's `name` is released in step 2. */
export const createRuleset = (roots: ApiRoots, project: string, source: string): ApiRequest => ({
  method: 'POST',
  url: `${roots.rules}/v1/projects/${project}/rulesets`,
  body: { source: { files: [{ name: 'firestore.rules', content: source }] } },
});

const releaseName = (project: string) => `projects/${project}/releases/cloud.firestore`;

/** Step 2: point the `cloud.firestore` release at the ruleset (created on the first deploy, see below). */
export const updateRelease = (roots: ApiRoots, project: string, rulesetName: string): ApiRequest => ({
  method: 'PATCH',
  url: `${roots.rules}/v1/${releaseName(project)}`,
  body: { release: { name: releaseName(project), rulesetName } },
});

export const createRelease = (roots: ApiRoots, project: string, rulesetName: string): ApiRequest => ({
  method: 'POST',
  url: `${roots.rules}/v1/projects/${project}/releases`,
  body: { name: releaseName(project), rulesetName },
});

/** One request per composite index and per field override, in the file's order. */
export function indexRequests(roots: ApiRoots, project: string, file: IndexFile): ApiRequest[] {
  const groups = `${roots.firestore}/v1/projects/${project}/databases/(default)/collectionGroups`;
  const composite = file.indexes.map(
    (index): ApiRequest => ({
      method: 'POST',
      url: `${groups}/${index.collectionGroup}/indexes`,
      body: { queryScope: index.queryScope, fields: index.fields },
      alreadyDone: [409],
    }),
  );
  const overrides = file.fieldOverrides.map(
    (o): ApiRequest => ({
      method: 'PATCH',
      url: `${groups}/${o.collectionGroup}/fields/${o.fieldPath}?updateMask=indexConfig`,
      body: {
        indexConfig: {
          indexes: o.indexes.map(({ queryScope, ...kind }) => ({
            queryScope,
            fields: [{ fieldPath: o.fieldPath, ...kind }],
          })),
        },
      },
    }),
  );
  return [...composite, ...overrides];
}
