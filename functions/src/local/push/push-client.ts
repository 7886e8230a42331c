// Posts one ingest request the way the Apps Script client does, retrying when the server is busy or down.
import type { IngestResponse } from '../../ingest/ingest-service';

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
): Promise<IngestResponse> {
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
    const payload = (await response.json().catch(() => ({}))) as {
      error?: { code: string; message: string; details?: unknown };
    };
    if (response.ok) return payload as unknown as IngestResponse;
    last = new PushError(
      response.status,
      payload.error?.code ?? 'HTTP',
      payload.error?.message ?? `HTTP ${response.status}`,
      payload.error?.details,
    );
    if (!RETRYABLE.has(response.status)) throw last;
    await sleep(250 * 2 ** attempt);
  }
  throw last!;
}
