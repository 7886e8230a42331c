// The local port's `/assess` (the daily assessment's CloudEvent) answers only an admin's verified token.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FindUser } from '../../auth/authorize';
import { bearerToken, type VerifyIdToken } from '../../auth/verify-id-token';
import { type DomainError, ForbiddenError, isRefusal, statusOf } from '../../http/errors';
import { errorResponse } from '../../http/respond';
import type { RecordRefusal } from '../../store/firestore/security-log';

export interface AssessGuardDeps {
  verifyIdToken: VerifyIdToken;
  findUser: FindUser;
  recordRefusal: RecordRefusal;
}

/**
 * In the cloud only Pub/Sub reaches `assess` (no unauthenticated invocation); here `serve` runs the daily
 * assessment in its own process, so whoever posts to `/assess` must prove to be an admin (a leader
 * assesses their county through `/assessNow`). Null when the request may go on; else the error answered.
 */
export async function refuseUnlessAdmin(
  req: IncomingMessage,
  deps: AssessGuardDeps,
): Promise<DomainError | null> {
  let email: string | null = null;
  try {
    const identity = await deps.verifyIdToken(bearerToken(req.headers.authorization));
    email = identity.email;
    const user = await deps.findUser(identity.email);
    if (user?.role !== 'admin')
      throw new ForbiddenError(
        '只有管理员账号可以直接触发每日考评；县委组织部请用「立即重新考评」',
        'ASSESS_ONLY_ADMIN',
      );
    return null;
  } catch (error) {
    if (!isRefusal(error)) throw error;
    await deps
      .recordRefusal({ function: 'assess', status: statusOf(error) ?? 401, code: error.code, email })
      .catch((e) => console.error('could not record refusal', String(e)));
    return error;
  }
}

/** Answers a refused request in our JSON, once the client has sent its body. */
export function answerRefusal(req: IncomingMessage, res: ServerResponse, error: DomainError): void {
  const { status, body } = errorResponse(error);
  const json = JSON.stringify(body);
  req.resume();
  req.once('end', () => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  });
}
