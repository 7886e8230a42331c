// Only the HTTP edge turns a domain error's kind into a status; the code and message pass through unchanged.
import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  DomainError,
  ForbiddenError,
  PayloadTooLargeError,
  UnauthenticatedError,
  UnprocessableError,
} from '../../functions/src/core/domain-errors';
import { HttpError, isRefusal, statusOf } from '../../functions/src/http/errors';
import { errorResponse } from '../../functions/src/http/respond';

describe('statusOf', () => {
  it.each([
    [new BadRequestError('请求格式不正确'), 400, 'BAD_REQUEST'],
    [new UnauthenticatedError('缺少身份令牌', 'TOKEN_MISSING'), 401, 'TOKEN_MISSING'],
    [new ForbiddenError('此账号属于邻县', 'WRONG_COUNTY'), 403, 'WRONG_COUNTY'],
    [new PayloadTooLargeError('请求过大'), 413, 'PAYLOAD_TOO_LARGE'],
    [new UnprocessableError('缺少必填列'), 422, 'SHEET_UNREADABLE'],
    [new HttpError(405, '只接受 POST 请求', 'METHOD_NOT_ALLOWED'), 405, 'METHOD_NOT_ALLOWED'],
    [new DomainError('其他', 'OTHER'), 400, 'OTHER'],
  ])('answers %s with its status and code', (error, status, code) => {
    expect([statusOf(error), error.code]).toEqual([status, code]);
  });

  it('gives no status to errors that are not ours', () => {
    expect([statusOf(new Error('boom')), statusOf('text'), statusOf(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('counts only unauthenticated and forbidden callers as refusals', () => {
    expect(
      [
        new UnauthenticatedError('x'),
        new ForbiddenError('x'),
        new BadRequestError('x'),
        new HttpError(405, 'x', 'METHOD_NOT_ALLOWED'),
      ].map(isRefusal),
    ).toEqual([true, true, false, false]);
  });
});

describe('errorResponse', () => {
  it('answers a domain error with its code, message and details', () => {
    const error = new UnprocessableError('「农民党员」缺少必填列：姓名', { sheetErrors: ['x'] });
    expect(errorResponse(error)).toEqual({
      status: 422,
      body: {
        error: {
          code: 'SHEET_UNREADABLE',
          message: '「农民党员」缺少必填列：姓名',
          details: { sheetErrors: ['x'] },
        },
      },
    });
  });

  it('answers a store outage with 503 and a crash with 500, never with the error text', () => {
    expect(errorResponse(Object.assign(new Error('14 UNAVAILABLE: no connection'), { code: 14 }))).toEqual({
      status: 503,
      body: {
        error: {
          code: 'UNAVAILABLE',
          message: '数据库暂时无法连接，本次同步未完成，请稍后重新同步（重复同步不会产生重复数据）',
        },
      },
    });
    expect(errorResponse(new TypeError('x is undefined'))).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL', message: '服务器内部错误，本次未完成，请稍后重新同步' } },
    });
  });
});
