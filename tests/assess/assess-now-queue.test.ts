// 立即重新考评 in production: assessNow puts the run on the Pub/Sub topic and answers at once; `assess`
// takes the message (Google's Pub/Sub emulator in between) and writes the snapshot under the message's ID.
import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUED_MESSAGE } from '../../functions/src/assess/assess-handlers';
import { readLatestSnapshot } from '../../functions/src/store/firestore/snapshots';
import { COUNTY, type Harness, setUpIngestHarness, USERS } from '../support/ingest-harness';
import { pushFixtureCounty } from '../support/push-fixture-county';
import { locatePubsubEmulator, type PubsubEmulator, startPubsubEmulator } from './pubsub-emulator';

const bin = locatePubsubEmulator();
if (!bin)
  console.warn(
    'Pub/Sub emulator not found (gcloud component pubsub-emulator): skipping the assessNow queue test',
  );
const TOPIC = 'projects/demo-shuangpei/topics/shuangpei-assess';
const SUBSCRIPTION = 'projects/demo-shuangpei/subscriptions/assess-test';

let h: Harness;
let pubsub: PubsubEmulator;

describe.skipIf(!bin)('assessNow with SHUANGPEI_ASSESS_TOPIC', () => {
  beforeAll(async () => {
    pubsub = await startPubsubEmulator(bin!);
    await pubsub.call('PUT', TOPIC);
    await pubsub.call('PUT', SUBSCRIPTION, { topic: TOPIC });
    Object.assign(process.env, {
      SHUANGPEI_SUMMARIES: 'none',
      PUBSUB_EMULATOR_HOST: pubsub.host,
      SHUANGPEI_ASSESS_TOPIC: TOPIC,
    });
    h = await setUpIngestHarness(import.meta.url);
    await pushFixtureCounty(h);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await pubsub?.stop();
  });

  it('queues the run and answers before any assessment is made; assess then writes it once', async () => {
    const leader = await h.token(USERS.leader!.email);
    const answer = await request(getTestServer('assessNow'))
      .post('/')
      .set('authorization', `Bearer ${leader}`)
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ county: COUNTY }));
    expect([answer.status, answer.body]).toEqual([
      200,
      { queued: true, county: COUNTY, year: 2026, message: QUEUED_MESSAGE },
    ]);
    expect(await readLatestSnapshot(h.db, COUNTY, 2026)).toBeNull();

    const pulled = (await pubsub.call('POST', `${SUBSCRIPTION}:pull`, { maxMessages: 10 })) as {
      receivedMessages: { message: { data: string; messageId: string } }[];
    };
    expect(pulled.receivedMessages).toHaveLength(1);
    const { data, messageId } = pulled.receivedMessages[0]!.message;
    expect(JSON.parse(Buffer.from(data, 'base64').toString('utf8'))).toEqual({ county: COUNTY, year: 2026 });

    // What Eventarc delivers to `assess` for that message.
    const event = await request(getTestServer('assess'))
      .post('/')
      .set({
        'ce-specversion': '1.0',
        'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
        'ce-source': `//pubsub.googleapis.com/${TOPIC}`,
        'ce-id': messageId,
        'content-type': 'application/json',
      })
      .send({ message: { data, messageId }, subscription: SUBSCRIPTION });
    expect(event.status).toBe(204);
    const snapshot = (await readLatestSnapshot(h.db, COUNTY, 2026)) as unknown as {
      id: string;
      ranking: { township: string }[];
    };
    expect(snapshot.id).toBe(`2026-11-25_e${messageId}`);
    expect(snapshot.ranking.map((t) => t.township)).toEqual(['城关镇', '白沙镇', '河口乡']);
  });
});
