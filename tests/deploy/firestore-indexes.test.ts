// Every query the store makes, recorded while the system runs on the emulator, against firestore.indexes.json.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { Query } from 'firebase-admin/firestore';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_LEDGERS, TOWNSHIP_LEDGERS } from '../../functions/src/core/ledgers';
import { firestoreIndexFile, indexFileText } from '../../scripts/deploy/firestore-indexes';
import { missingIndex, type QueryShape, queryShape } from '../../scripts/deploy/index-coverage';
import { COUNTY, type Harness, setUpIngestHarness } from '../support/ingest-harness';
import { pushFixtureCounty } from '../support/push-fixture-county';

const root = resolve(import.meta.dirname, '../..');
const recorded: { shape: QueryShape; site: string }[] = [];

/** The first frame of our own source in the stack of a query's get()/stream(): where the query is made. */
const callSite = (): string => {
  const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes('/functions/src/'));
  const file = frame?.match(/[^\s(]*\/functions\/src\/[^\s():]+/)?.[0];
  return file ? relative(root, file) : '(outside functions/src)';
};

function record<K extends 'get' | 'stream'>(method: K) {
  const original = Query.prototype[method];
  Query.prototype[method] = function (this: Query, ...args: never[]) {
    const proto = (this as unknown as { toProto(): { structuredQuery: object } }).toProto();
    recorded.push({ shape: queryShape(proto.structuredQuery), site: callSite() });
    return (original as (...a: never[]) => unknown).apply(this, args);
  } as Query[K];
  return () => {
    Query.prototype[method] = original;
  };
}

let h: Harness;
const restore: (() => void)[] = [];

beforeAll(async () => {
  process.env.SHUANGPEI_SUMMARIES = 'none';
  h = await setUpIngestHarness(import.meta.url);
  restore.push(record('get'), record('stream'));
  const { clerks } = await pushFixtureCounty(h);
  // A full sync (liveKeys) marks the rows no longer in the sheet as deleted.
  const full = await h.post(
    {
      spreadsheetId: 'sheet-城关镇',
      county: COUNTY,
      township: '城关镇',
      ledger: 'bases',
      rows: [],
      liveKeys: [],
    },
    clerks.城关镇,
  );
  expect(full.status).toBe(200);
  const event = await request(getTestServer('assess'))
    .post('/')
    .set({
      'ce-specversion': '1.0',
      'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
      'ce-source': '//pubsub.googleapis.com/projects/demo/topics/assess',
      'ce-id': 'index-coverage',
      'content-type': 'application/json',
    })
    .send({
      message: { data: Buffer.from(JSON.stringify({ county: COUNTY, year: 2026 })).toString('base64') },
    });
  expect(event.status).toBe(204);
}, 120_000);
afterAll(async () => {
  for (const undo of restore) undo();
  await h.close();
});

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat().filter((f) => f.endsWith('.ts'));
}

const key = (s: QueryShape) => `${s.queryScope} ${s.collectionGroup} [${[...s.equalities, ...s.ordered]}]`;

describe('firestore.indexes.json', () => {
  it('is what the ledger registry needs (`npm run indexes` writes it)', async () => {
    expect(await readFile(join(root, 'firestore.indexes.json'), 'utf8')).toBe(indexFileText());
  });

  it('serves every filtered query the store made while ingesting, tombstoning and assessing', () => {
    const filtered = [...new Set(recorded.map((r) => key(r.shape)).filter((k) => !k.endsWith('[]')))].sort();
    const choiceTabs = COUNTY_LEDGERS.filter((l) =>
      ['trainingMenu', 'liaisonPoints', 'townshipSettings'].includes(l.id),
    );
    // 联系点 and 乡镇设置 are also read whole (errors or not) for the names 联系点/督办记录 rows give.
    const listedTabs = ['liaisonPoints', 'townshipSettings'];
    expect(filtered).toEqual(
      [
        ...TOWNSHIP_LEDGERS.map((l) => `COLLECTION_GROUP ${l.id} [county]`),
        ...choiceTabs.map((l) => `COLLECTION ${l.id} [deleted,status]`),
        ...listedTabs.map((id) => `COLLECTION ${id} [deleted]`),
        'COLLECTION bases [deleted]',
      ].sort(),
    );
    const file = firestoreIndexFile();
    expect(recorded.map((r) => missingIndex(r.shape, file)).filter(Boolean)).toEqual([]);
  });

  it('has every file that builds a filtered query among the places the run above recorded', async () => {
    const builders: string[] = [];
    for (const file of await sourceFiles(join(root, 'functions/src'))) {
      if (/\.(where|orderBy|collectionGroup|findNearest)\(/.test(await readFile(file, 'utf8')))
        builders.push(relative(root, file));
    }
    const sites = new Set(recorded.filter((r) => !key(r.shape).endsWith('[]')).map((r) => r.site));
    expect(builders.sort()).toEqual([...sites].sort());
  });

  it('names what is missing when an index is not declared', () => {
    const bare = { indexes: [], fieldOverrides: [] };
    const county = { equalities: ['county'], ordered: [] };
    expect(
      missingIndex({ collectionGroup: 'talents', queryScope: 'COLLECTION_GROUP', ...county }, bare),
    ).toBe('COLLECTION_GROUP talents(county): no field override');
    expect(
      missingIndex({ collectionGroup: 'talents', queryScope: 'COLLECTION', ...county }, bare),
    ).toBeNull();
    const pair = { collectionGroup: 'trainingMenu', queryScope: 'COLLECTION' as const };
    expect(missingIndex({ ...pair, equalities: ['deleted', 'status'], ordered: [] }, bare)).toBe(
      'COLLECTION trainingMenu(deleted, status): no composite index',
    );
    const exempted = {
      indexes: [],
      fieldOverrides: [{ collectionGroup: 'bases', fieldPath: 'deleted', indexes: [] }],
    };
    expect(
      missingIndex(
        { collectionGroup: 'bases', queryScope: 'COLLECTION', equalities: ['deleted'], ordered: [] },
        exempted,
      ),
    ).toBe('COLLECTION bases(deleted): the field override has no COLLECTION index');
  });
});
