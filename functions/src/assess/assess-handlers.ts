// `assess` (CloudEvent from Cloud Scheduler → Pub/Sub) and `assessNow` (HTTP, for a county leader).
import type { CloudEventFunction, HttpFunction } from '@google-cloud/functions-framework';
import { z } from 'zod';
import { authorizeAssess, type FindUser } from '../auth/authorize';
import { bearerToken, type VerifyIdToken } from '../auth/verify-id-token';
import { AssessmentConfigError } from '../core/assessment';
import { yearOf } from '../core/dates/civil-date';
import { BadRequestError, UnprocessableError } from '../core/domain-errors';
import { formatZodError, zhErrorMap } from '../core/validation';
import { HttpError, isRefusal, statusOf } from '../http/errors';
import { readJsonBody } from '../http/json-body';
import type { RecordRefusal } from '../http/refusal-log';
import { respond } from '../http/respond';
import type { QueueAssessment } from './assess-queue';
import { type AssessDeps, runAssessment } from './assess-service';

export type { AssessDeps };

const messageSchema = z.object({
  county: z.string().trim().min(1).max(30),
  year: z.number().int().min(2000).max(2199).optional(),
});

export interface AssessNowDeps extends AssessDeps {
  verifyIdToken: VerifyIdToken;
  findUser: FindUser;
  recordRefusal: RecordRefusal;
  /**
   * Set in production (SHUANGPEI_ASSESS_TOPIC): the run is queued for `assess` and the leader answered at once
   * (a run writes 16 spreadsheets, longer than Apps Script waits). Unset (local mode): the run happens inline.
   */
  queueAssessment?: QueueAssessment;
}

/** What the leader reads when the run is queued. */
export const QUEUED_MESSAGE =
  '已开始重新考评，约一两分钟后「考评排名」等汇总表更新；可用菜单「查看考评更新时间」确认';

export const QUEUE_DOWN_MESSAGE = '重新考评未能提交（消息队列暂时不可用），请稍后再试';

/** The same event delivered again (Pub/Sub retries) names the same snapshot: `{today}_e{id}`. */
const eventRunId = (id: string | undefined): string | undefined =>
  id ? `e${id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 60)}` : undefined;

type Lazy<T> = T | (() => Promise<T>);
const resolve = <T>(deps: Lazy<T>): Promise<T> =>
  typeof deps === 'function' ? (deps as () => Promise<T>)() : Promise.resolve(deps);

/** The Pub/Sub message Cloud Scheduler publishes: `{"county":"示范县","year":2026}` (year optional). */
export function createAssessEventHandler(
  deps: Lazy<AssessDeps>,
): CloudEventFunction<{ message?: { data?: string } }> {
  return async (event) => {
    // Deployed with --retry: a throw is retried with back-off until it succeeds (or the message expires).
    const d = await resolve(deps);
    let body: unknown;
    try {
      body = JSON.parse(Buffer.from(event.data?.message?.data ?? '', 'base64').toString('utf8'));
    } catch {
      d.log.error('assess: the Pub/Sub message is not JSON; nothing done', { id: event.id });
      return; // a malformed message will never succeed: acknowledge it instead of retrying forever
    }
    const parsed = messageSchema.safeParse(body);
    if (!parsed.success) {
      d.log.error('assess: the Pub/Sub message needs {county, year?}; nothing done', { id: event.id });
      return;
    }
    let run: Awaited<ReturnType<typeof runAssessment>>;
    try {
      run = await runAssessment(parsed.data.county, parsed.data.year, d, eventRunId(event.id));
    } catch (error) {
      if (!(error instanceof AssessmentConfigError)) {
        // The line the deploy's log-based metric `shuangpei-assess-failing` counts: a day without a new
        // assessment shows up as these, every retry, until one succeeds.
        d.log.error('assess failed; Pub/Sub will retry', {
          alert: 'assess-failing',
          county: parsed.data.county,
          event: event.id,
          publishedAt: event.time,
          error: error instanceof Error ? error.message : String(error),
        });
        throw error; // transient: let Pub/Sub retry
      }
      d.log.error('assess: the county settings are invalid; nothing done', {
        county: parsed.data.county,
        error: error.message,
      });
      return;
    }
    d.log.info('assess done', {
      county: run.county,
      year: run.year,
      snapshot: run.snapshotId,
      townships: run.townships,
    });
  };
}

export function createAssessNowHandler(deps: Lazy<AssessNowDeps>): HttpFunction {
  return async (req, res) => {
    const d = await resolve(deps);
    let county: string | null = null;
    let email: string | null = null;
    await respond(res, d.log, 'assessNow', async () => {
      try {
        if (req.method !== 'POST') throw new HttpError(405, '只接受 POST 请求', 'METHOD_NOT_ALLOWED');
        const identity = await d.verifyIdToken(bearerToken(req.get('authorization')));
        email = identity.email;
        const parsed = messageSchema.safeParse(readJsonBody(req, 64 * 1024), { error: zhErrorMap });
        if (!parsed.success)
          throw new BadRequestError(`请求格式不正确：${formatZodError(parsed.error).join('；')}`);
        county = parsed.data.county;
        authorizeAssess(await d.findUser(identity.email), county);
        if (d.queueAssessment) {
          const year = parsed.data.year ?? yearOf(d.today());
          const messageId = await d.queueAssessment({ county, year }).catch((error) => {
            d.log.error('assessNow: could not queue the run', { county, error: String(error) });
            throw new HttpError(503, QUEUE_DOWN_MESSAGE, 'ASSESS_QUEUE_UNAVAILABLE');
          });
          d.log.info('assessNow queued', { county, year, messageId });
          return { queued: true, county, year, message: QUEUED_MESSAGE };
        }
        const { result: _, ...run } = await runAssessment(county, parsed.data.year, d).catch((error) => {
          if (error instanceof AssessmentConfigError) throw new UnprocessableError(error.message);
          throw error;
        });
        return run;
      } catch (error) {
        if (isRefusal(error)) {
          await d
            .recordRefusal({
              function: 'assessNow',
              status: statusOf(error)!,
              code: error.code,
              county,
              email,
            })
            .catch(() => undefined);
        }
        throw error;
      }
    });
  };
}
