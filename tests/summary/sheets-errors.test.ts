import { expect, test } from 'vitest';
import { toSummaryWriteError } from '../../functions/src/summary/google/sheets-errors';

const mapped = (error: unknown) => {
  const e = toSummaryWriteError(error, { spreadsheetId: 'sheet-1' });
  return { code: e.code, status: e.status, retryable: e.retryable, message: e.message };
};

test('GaxiosError-shaped errors map by status, whichever gaxios build threw them', () => {
  const google = (status: number, message: string) => ({
    status,
    response: { status, data: { error: { message } } },
  });
  expect(mapped(google(401, 'Request had invalid authentication credentials.'))).toEqual({
    code: 'SHEETS_UNAUTHENTICATED',
    status: 401,
    retryable: false,
    message:
      '表格 sheet-1 身份验证失败（401）：请检查应用默认凭据（gcloud auth application-default login 或服务账号）',
  });
  expect(mapped(google(403, 'The caller does not have permission'))).toMatchObject({
    code: 'SHEETS_FORBIDDEN',
    message:
      '表格 sheet-1 拒绝访问（403）：请在该表格的“共享”中把运行本系统的服务账号添加为“编辑者”，然后重新运行',
  });
  expect(mapped(google(502, 'Bad Gateway'))).toMatchObject({ code: 'SHEETS_UNAVAILABLE', retryable: true });
  expect(mapped({ response: { status: 429 } })).toMatchObject({
    code: 'SHEETS_RATE_LIMITED',
    retryable: true,
  });
  expect(mapped(google(418, 'teapot'))).toEqual({
    code: 'SHEETS_FAILED',
    status: 418,
    retryable: false,
    message: '表格 sheet-1 写入失败：teapot',
  });
});

test('network failures are retryable; missing credentials are not', () => {
  expect(mapped(Object.assign(new Error('socket closed'), { code: 'ECONNRESET' }))).toMatchObject({
    code: 'SHEETS_UNAVAILABLE',
    status: undefined,
    retryable: true,
  });
  const fetchFailed = new TypeError('fetch failed', {
    cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
  });
  expect(mapped(fetchFailed)).toMatchObject({ code: 'SHEETS_UNAVAILABLE', retryable: true });
  expect(mapped(new Error('Could not load the default credentials. Browse to https://…'))).toMatchObject({
    code: 'SHEETS_UNAUTHENTICATED',
    retryable: false,
  });
});
