// A daily run that fails is thrown back to Pub/Sub (deployed with --retry) and leaves the alert line the
// deploy's log-based metric counts; 立即重新考评 with the topic unreachable is told so at once.

import type { CloudEvent } from '@google-cloud/functions-framework';
import * as functions from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import {
  createAssessEventHandler,
  createAssessNowHandler,
  QUEUE_DOWN_MESSAGE,
} from '../../functions/src/assess/assess-handlers';
import type { AssessDeps } from '../../functions/src/assess/assess-service';
import { resolveConfig } from '../../functions/src/core/assessment';
import { memoryLogger } from '../../functions/src/log/logger';

const event = (message: unknown) =>
  ({
    id: '1796158274265',
    time: '2026-11-24T22:00:00.000Z',
    specversion: '1.0',
    type: 'google.cloud.pubsub.topic.v1.messagePublished',
    source: '//pubsub.googleapis.com/projects/p/topics/shuangpei-assess',
    data: { message: { data: Buffer.from(JSON.stringify(message)).toString('base64') } },
  }) as CloudEvent<{ message?: { data?: string } }>;

const depsFailingWith = (error: Error, log = memoryLogger()) => ({
  log,
  deps: {
    config: resolveConfig(),
    readCounty: () => Promise.reject(error),
    readPrevious: async () => null,
    saveSnapshot: () => Promise.reject(new Error('not reached')),
    publish: async () => [],
    today: () => '2026-11-25',
    now: () => new Date('2026-11-25T06:00:00+08:00'),
    log,
  } satisfies AssessDeps,
});

describe('assess when the run fails', () => {
  it('rethrows a transient failure for Pub/Sub to retry, with an alert line', async () => {
    const { deps, log } = depsFailingWith(new Error('14 UNAVAILABLE: No connection established'));
    await expect(createAssessEventHandler(deps)(event({ county: '示范县' }))).rejects.toThrow(
      '14 UNAVAILABLE',
    );
    expect(log.lines.map((l) => JSON.parse(l))).toEqual([
      {
        severity: 'ERROR',
        message: 'assess failed; Pub/Sub will retry',
        alert: 'assess-failing',
        county: '示范县',
        event: '1796158274265',
        publishedAt: '2026-11-24T22:00:00.000Z',
        error: '14 UNAVAILABLE: No connection established',
      },
    ]);
  });
});

describe('assessNow when the topic cannot be reached', () => {
  it('answers 503 in Chinese and runs nothing', async () => {
    const log = memoryLogger();
    const { deps } = depsFailingWith(new Error('not reached'), log);
    functions.http(
      'assessNowQueueDown',
      createAssessNowHandler({
        ...deps,
        verifyIdToken: async () => ({ email: 'leader@county.example' }) as never,
        findUser: async () => ({
          email: 'leader@county.example',
          role: 'leader',
          county: '示范县',
          township: null,
        }),
        recordRefusal: async () => undefined,
        queueAssessment: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:8085')),
      }),
    );
    const res = await request(getTestServer('assessNowQueueDown'))
      .post('/')
      .set('authorization', 'Bearer t')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ county: '示范县' }));
    expect([res.status, res.body.error.code, res.body.error.message]).toEqual([
      503,
      'ASSESS_QUEUE_UNAVAILABLE',
      QUEUE_DOWN_MESSAGE,
    ]);
    expect(JSON.parse(log.lines[0]!)).toEqual({
      severity: 'ERROR',
      message: 'assessNow: could not queue the run',
      county: '示范县',
      error: 'Error: ECONNREFUSED 127.0.0.1:8085',
    });
  });
});
