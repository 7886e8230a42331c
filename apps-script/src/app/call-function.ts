// POSTs JSON to one of the functions with the user's identity token; no answer at all is told apart from an error.
import type { Services } from './ports';

export type CallResult =
  | { kind: 'answer'; status: number; json: unknown }
  | { kind: 'unreachable'; message: string }
  | { kind: 'no-token'; message: string };

export function callFunction(
  s: Pick<Services, 'post' | 'identityToken'>,
  url: string,
  body: unknown,
): CallResult {
  let token: string;
  try {
    token = s.identityToken();
    if (!token) throw new Error('empty token');
  } catch {
    return {
      kind: 'no-token',
      message:
        '无法取得身份令牌：请在菜单中重新运行「安装触发器」并按提示授权（需要“查看您的电子邮件地址”权限）',
    };
  }
  let answer: ReturnType<Services['post']>;
  try {
    answer = s.post(url, JSON.stringify(body), token);
  } catch (error) {
    return {
      kind: 'unreachable',
      message: `无法连接服务器（${String((error as Error)?.message ?? error)}）`,
    };
  }
  let json: unknown = null;
  try {
    json = JSON.parse(answer.body);
  } catch {
    // Not JSON (a proxy's error page): the status decides.
  }
  return { kind: 'answer', status: answer.status, json };
}

/** The Chinese message of an error answer (`{error:{message, details}}`), naming missing columns for a 422. */
export function errorMessage(status: number, json: unknown): string {
  const error = (json as { error?: { message?: unknown; details?: { sheetErrors?: unknown } } } | null)
    ?.error;
  const sheetErrors = error?.details?.sheetErrors;
  if (Array.isArray(sheetErrors) && sheetErrors.length) return sheetErrors.map(String).join('；');
  if (typeof error?.message === 'string' && error.message) return error.message;
  return `服务器返回 ${status}，请稍后再试`;
}
