// Posts one ingest request the way the Apps Script client does, retrying when the server is busy or down.
import { errorAnswerSchema, type IngestAnswer, ingestAnswerSchema } from '../../core/contract';

export class PushError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function postIngest(
  functionsUrl: string,
  token: string,
  body: unknown,
  attempts = 4,
): Promise<IngestAnswer> {
  let last: PushError | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response: Response;
    try {
      response = await fetch(`${functionsUrl}/ingest`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain; charset=utf-8' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      last = new PushError(0, 'NETWORK', `连接不上本地服务：${(error as Error).message}`);
      await sleep(250 * 2 ** attempt);
      continue;
    }
    const payload: unknown = await response.json().catch(() => ({}));
    if (response.ok) {
      const answer = ingestAnswerSchema.safeParse(payload);
      if (answer.success) return answer.data;
      throw new PushError(response.status, 'BAD_ANSWER', '本地服务的回答无法读取（与本程序的版本不符？）');
    }
    const error = errorAnswerSchema.safeParse(payload);
    last = error.success
      ? new PushError(
          response.status,
          error.data.error.code,
          error.data.error.message,
          error.data.error.details,
        )
      : new PushError(response.status, 'HTTP', `HTTP ${response.status}`);
    if (!RETRYABLE.has(response.status)) throw last;
    await sleep(250 * 2 ** attempt);
  }
  throw last!;
}
