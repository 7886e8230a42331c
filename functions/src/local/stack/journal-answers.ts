// Holds back every 200 answer of local `ingest` until its request is fsynced in the journal.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FindUser } from '../../auth/authorize';
import type { BodyRequest } from '../../http/bounded-body';
import type { IngestJournal } from './ingest-journal';

/** Requests the stack itself replays from the journal carry this header with the stack's own secret nonce. */
export const REPLAY_HEADER = 'x-shuangpei-replay';

/** The e-mail of a bearer token — read only after `ingest` answered 200, i.e. after it verified the token. */
function verifiedEmail(authorization: string | undefined): string | null {
  const payload = authorization?.replace(/^Bearer\s+/i, '').split('.')[1];
  if (!payload) return null;
  try {
    const email = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { email?: unknown })
      .email;
    return typeof email === 'string' ? email : null;
  } catch {
    return null;
  }
}

const NOT_SAVED = JSON.stringify({
  error: {
    code: 'UNAVAILABLE',
    message: '本地数据未能写入同步日志（磁盘已满或无权限？），请检查 .data 目录后重新同步',
  },
});

/**
 * Wraps `res.end`: a 200 answer waits for `journal.append` (an fsync, ~1–3 ms) of the body it answers;
 * if the journal cannot be written the client gets a 503 instead and retries (the rows are in the emulator
 * already; writing them again is harmless). Replays (REPLAY_HEADER = nonce) are not journaled again.
 */
export function journalAnswers(
  req: IncomingMessage,
  res: ServerResponse,
  journal: IngestJournal,
  replayNonce: string,
  findUser: FindUser,
): void {
  if (req.method !== 'POST' || req.headers[REPLAY_HEADER] === replayNonce) return;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const raw = (req as BodyRequest).rawBody;
    const email = verifiedEmail(req.headers.authorization);
    if (res.statusCode !== 200 || !raw || !email) return end(...args);
    findUser(email)
      .then((user) => journal.append({ email, user, body: raw.toString('utf8') }))
      .then(
        () => end(...args),
        () => {
          res.statusCode = 503;
          res.setHeader('content-length', Buffer.byteLength(NOT_SAVED));
          end(NOT_SAVED);
        },
      );
    return res;
  }) as ServerResponse['end'];
}
