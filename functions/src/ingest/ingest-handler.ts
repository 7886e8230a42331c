// HTTP `ingest`: authenticate the spreadsheet's identity token, check the request, store the rows.
import type { HttpFunction } from '@google-cloud/functions-framework';
import { authorizeWrite, type FindUser } from '../auth/authorize';
import { bearerToken, type VerifyIdToken } from '../auth/verify-id-token';
import { ingestRequestSchema } from '../core/contract';
import type { CivilDate } from '../core/dates/civil-date';
import { BadRequestError, PayloadTooLargeError } from '../core/domain-errors';
import { formatZodError, zhErrorMap } from '../core/validation';
import { HttpError, isRefusal, statusOf } from '../http/errors';
import { readJsonBody } from '../http/json-body';
import type { RecordRefusal } from '../http/refusal-log';
import { respond } from '../http/respond';
import type { Logger } from '../log/logger';
import { ingestRows, resolveLedger } from './ingest-service';
import { refuseIdNumberKeys } from './row-key-guard';
import type { RowStore } from './row-store';

export interface IngestDeps {
  verifyIdToken: VerifyIdToken;
  findUser: FindUser;
  store: RowStore;
  recordRefusal: RecordRefusal;
  today: () => CivilDate;
  log: Logger;
  maxRows: number;
  maxBytes: number;
}

export function createIngestHandler(deps: IngestDeps | (() => Promise<IngestDeps>)): HttpFunction {
  const resolve = typeof deps === 'function' ? deps : async () => deps;
  return async (req, res) => {
    const d = await resolve();
    let email: string | null = null;
    let target: { county?: string; township?: string | null; ledger?: string } = {};
    await respond(res, d.log, 'ingest', async () => {
      try {
        if (req.method !== 'POST') throw new HttpError(405, '只接受 POST 请求', 'METHOD_NOT_ALLOWED');
        const token = bearerToken(req.get('authorization'));
        const identity = await d.verifyIdToken(token);
        email = identity.email;
        const body = readJsonBody(req, d.maxBytes);
        const parsed = ingestRequestSchema(d.maxRows).safeParse(body, { error: zhErrorMap });
        if (!parsed.success) {
          const tooMany = parsed.error.issues.find(
            (i) => i.code === 'too_big' && i.path.join('.') === 'rows',
          );
          if (tooMany) throw new PayloadTooLargeError(tooMany.message);
          const lines = formatZodError(parsed.error);
          throw new BadRequestError(`请求格式不正确：${lines.slice(0, 5).join('；')}`, {
            issues: lines.slice(0, 50),
          });
        }
        const request = parsed.data;
        refuseIdNumberKeys(request);
        target = { county: request.county, township: request.township ?? null, ledger: request.ledger };
        const ledger = resolveLedger(request);
        const user = await d.findUser(identity.email);
        authorizeWrite(user, { county: request.county, township: request.township ?? null, ledger });
        const result = await ingestRows(request, { store: d.store, today: d.today(), actor: identity.email });
        d.log.info('ingest', { ...target, counts: result.counts });
        return result;
      } catch (error) {
        if (isRefusal(error)) {
          const status = statusOf(error)!;
          await d
            .recordRefusal({ function: 'ingest', status, code: error.code, ...target, email })
            .catch((e) => d.log.error('could not record refusal', { error: String(e) }));
        }
        throw error;
      }
    });
  };
}
