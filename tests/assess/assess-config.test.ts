import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssessmentConfig, TownshipResult } from '../../functions/src/core/assessment';
import { readLatestSnapshot } from '../../functions/src/store/firestore/snapshots';
import { COUNTY, type Harness, setUpIngestHarness } from '../support/ingest-harness';
import { pushFixtureCounty } from '../support/push-fixture-county';

// 发展党员 doubled; the rest scaled down (数据质量 keeps its default 10).
const WEIGHTS = { development: 50, mentoring: 10, training: 10, skills: 10, structure: 5, demonstration: 5 };

let h: Harness;

beforeAll(async () => {
  // Set before the functions load: they read their environment once.
  vi.stubEnv(
    'SHUANGPEI_ASSESSMENT_CONFIG',
    JSON.stringify({ weights: WEIGHTS, rewardCount: 1, criticismCount: 1 }),
  );
  vi.stubEnv('SHUANGPEI_SUMMARIES', 'none');
  h = await setUpIngestHarness(import.meta.url);
  await pushFixtureCounty(h);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await h.close();
});

describe('assess with SHUANGPEI_ASSESSMENT_CONFIG', () => {
  it('ranks the fixture county by the configured weights and keeps them in the snapshot', async () => {
    const res = await request(getTestServer('assess'))
      .post('/')
      .set({
        'ce-specversion': '1.0',
        'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
        'ce-source': '//pubsub.googleapis.com/projects/demo/topics/assess',
        'ce-id': 'msg-config',
        'content-type': 'application/json',
      })
      .send({ message: { data: Buffer.from(JSON.stringify({ county: COUNTY })).toString('base64') } });
    expect(res.status).toBe(204);
    const snapshot = (await readLatestSnapshot(h.db, COUNTY, 2026)) as unknown as {
      config: AssessmentConfig;
      ranking: TownshipResult[];
    };
    // With the default weights 城关镇 leads (80.48 → 84.34, see assess.test.ts); doubling 发展党员 lifts the
    // townships that met their target (worked out in tests/core/assessment/config.test.ts).
    expect(snapshot.ranking.map((t) => [t.rank, t.township, t.quantitative, t.total, t.mark])).toEqual([
      [1, '白沙镇', 87.5, 85.25, null],
      [2, '河口乡', 87.5, 85.25, null],
      [3, '城关镇', 70.06, 77.04, null],
      [4, '青山乡', 0, 0, null],
    ]);
    expect(snapshot.config.weights).toEqual({ ...WEIGHTS, dataQuality: 10 });
    expect(snapshot.config).toMatchObject({ rewardCount: 1, criticismCount: 1, quantitativeShare: 0.7 });
    expect(snapshot.ranking[0]!.indicators.map((i) => [i.id, i.weight])).toEqual([
      ['development', 50],
      ['mentoring', 10],
      ['training', 10],
      ['skills', 10],
      ['structure', 5],
      ['demonstration', 5],
      ['dataQuality', 10],
    ]);
  });
});
