// The edge: runs a handler body and maps every error to a status and a Chinese JSON answer — never a stack.
import type { Response } from '@google-cloud/functions-framework';
import type { ErrorAnswer } from '../core/contract';
import { DomainError } from '../core/domain-errors';
import type { Logger } from '../log/logger';
import { statusOf } from './errors';

const TRANSIENT_GRPC = new Set([4, 8, 10, 14]); // DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, UNAVAILABLE

/** True for store errors worth a retry (the emulator or Firestore was down, busy or contended). */
export function isTransientStoreError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'number' && TRANSIENT_GRPC.has(code)) return true;
  return /ECONNREFUSED|ECONNRESET|UNAVAILABLE|DEADLINE_EXCEEDED|socket hang up/i.test(
    String((error as Error)?.message),
  );
}

/** The body of every error answer (see the contract). */
export type ErrorBody = ErrorAnswer;

export function errorResponse(error: unknown): { status: number; body: ErrorBody } {
  const status = statusOf(error);
  if (status !== undefined && error instanceof DomainError) {
    return {
      status,
      body: { error: { code: error.code, message: error.message, details: error.details } },
    };
  }
  if (isTransientStoreError(error)) {
    return {
      status: 503,
      body: {
        error: {
          code: 'UNAVAILABLE',
          message: '数据库暂时无法连接，本次同步未完成，请稍后重新同步（重复同步不会产生重复数据）',
        },
      },
    };
  }
  return {
    status: 500,
    body: { error: { code: 'INTERNAL', message: '服务器内部错误，本次未完成，请稍后重新同步' } },
  };
}

export async function respond(
  res: Response,
  log: Logger,
  name: string,
  body: () => Promise<unknown>,
): Promise<void> {
  try {
    const result = await body();
    res.status(200).json(result);
  } catch (error) {
    const { status, body: payload } = errorResponse(error);
    if (status >= 500)
      log.error(`${name} failed`, { status, error: String((error as Error)?.stack ?? error) });
    res.status(status).json(payload);
  }
}
