import { describe, expect, it } from 'vitest';
import { ingestBody, postIngest } from '../../../apps-script/src/app/ingest-client';
import { qualitativeScoresLedger } from '../../../functions/src/core/ledgers';

const reply = (status: number, body: unknown) => ({
  post: () => ({ status, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  identityToken: () => 't',
});
const body = {
  spreadsheetId: 's',
  county: '示范县',
  township: '城关镇',
  ledger: 'members' as const,
  headers: [],
  rows: [],
};
const error = (code: string, message: string, details?: unknown) => ({ error: { code, message, details } });

describe('ingest request', () => {
  it('omits the township for the county’s own tabs and sends liveKeys only when asked', () => {
    const row = { row: 2, key: 'k1', revision: 3, status: '', blank: false, cells: { 考评年度: 2026 } };
    expect(
      ingestBody(
        { baseUrl: 'https://x', county: '示范县', township: null },
        'county-sheet',
        qualitativeScoresLedger,
        ['行键'],
        [row],
        ['k1'],
      ),
    ).toEqual({
      spreadsheetId: 'county-sheet',
      county: '示范县',
      ledger: 'qualitativeScores',
      headers: ['行键'],
      rows: [{ key: 'k1', revision: 3, row: 2, cells: { 考评年度: 2026 } }],
      liveKeys: ['k1'],
    });
  });
});

describe('postIngest sorts the answer', () => {
  it('takes a 200 with rows as done', () => {
    expect(postIngest(reply(200, { sheetWarnings: [], rows: [] }), 'u', body)).toEqual({
      kind: 'ok',
      answer: { sheetWarnings: [], rows: [] },
    });
  });

  it.each([408, 429, 500, 502, 503])('retries later after %i', (status) => {
    expect(postIngest(reply(status, error('UNAVAILABLE', '数据库暂时无法连接')), 'u', body)).toEqual({
      kind: 'retry',
      message: '数据库暂时无法连接',
    });
  });

  it('retries later when no answer came at all', () => {
    const s = {
      post: () => {
        throw new Error('Address unavailable');
      },
      identityToken: () => 't',
    };
    expect(postIngest(s, 'u', body)).toEqual({
      kind: 'retry',
      message: '无法连接服务器（Address unavailable）',
    });
  });

  it.each([
    [400, error('BAD_REQUEST', '请求格式不正确：rows'), '请求格式不正确：rows'],
    [401, error('TOKEN_INVALID', '身份验证失败：令牌无效或已过期'), '身份验证失败：令牌无效或已过期'],
    [403, error('WRONG_TOWNSHIP', '此账号只能写入河口乡的台账'), '此账号只能写入河口乡的台账'],
    [413, error('PAYLOAD_TOO_LARGE', '一次最多提交 2000 行，请分批同步'), '一次最多提交 2000 行，请分批同步'],
    [
      422,
      error('SHEET_UNREADABLE', 'x', { sheetErrors: ['「农民党员」缺少必填列：姓名'] }),
      '「农民党员」缺少必填列：姓名',
    ],
    [404, '<html>Not Found</html>', '服务器返回 404，请稍后再试'],
  ])('shows a %i to the clerk and keeps the rows pending', (status, answer, message) => {
    expect(postIngest(reply(status, answer), 'u', body)).toEqual({ kind: 'refused', status, message });
  });

  it('refuses without sending when there is no identity token', () => {
    let sent = 0;
    const s = {
      post: () => {
        sent += 1;
        return { status: 200, body: '{}' };
      },
      identityToken: () => {
        throw new Error('no openid scope');
      },
    };
    expect(postIngest(s, 'u', body)).toMatchObject({ kind: 'refused', status: 0 });
    expect(sent).toBe(0);
  });
});
