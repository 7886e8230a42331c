// Maps what the Sheets client throws (GaxiosError, network failures) to SummaryWriteError codes and Chinese messages.
import { type SummaryErrorCode, SummaryWriteError } from '../errors';

/**
 * The parts of a GaxiosError we read. Matched by shape, not `instanceof`: googleapis-common, google-auth-library
 * and the top level each install their own gaxios, and their classes are not the same.
 */
interface GaxiosLike {
  message?: unknown;
  status?: unknown;
  code?: unknown;
  cause?: unknown;
  response?: { status?: unknown; data?: unknown };
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'TimeoutError',
]);

const statusOf = (e: GaxiosLike): number | undefined => {
  const status = e.response?.status ?? e.status;
  return typeof status === 'number' ? status : undefined;
};

/** Google's own explanation (`error.message` of the JSON body), else the client's message. */
function googleMessage(e: GaxiosLike): string {
  const data = e.response?.data as { error?: { message?: unknown } } | undefined;
  const message = data?.error?.message ?? e.message;
  return typeof message === 'string' ? message : '';
}

function isNetworkFailure(e: GaxiosLike, depth = 0): boolean {
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && /fetch failed|socket hang up|network/i.test(e.message)) return true;
  return depth < 3 && typeof e.cause === 'object' && e.cause !== null && isNetworkFailure(e.cause, depth + 1);
}

function classify(status: number | undefined, e: GaxiosLike): SummaryErrorCode {
  if (status === 400) return 'SHEETS_BAD_REQUEST';
  if (status === 401 || (status === undefined && /default credentials/i.test(String(e.message)))) {
    return 'SHEETS_UNAUTHENTICATED';
  }
  if (status === 403) return 'SHEETS_FORBIDDEN';
  if (status === 404) return 'SHEETS_NOT_FOUND';
  if (status === 429) return 'SHEETS_RATE_LIMITED';
  if ((status !== undefined && status >= 500) || (status === undefined && isNetworkFailure(e))) {
    return 'SHEETS_UNAVAILABLE';
  }
  return 'SHEETS_FAILED';
}

export interface ErrorContext {
  readonly spreadsheetId: string;
  /** The service account's e-mail, named in the 403 message when known. */
  readonly serviceAccount?: string;
}

function messageFor(code: SummaryErrorCode, context: ErrorContext, detail: string): string {
  const sheet = `表格 ${context.spreadsheetId}`;
  const account = context.serviceAccount ? `服务账号 ${context.serviceAccount} ` : '运行本系统的服务账号';
  switch (code) {
    case 'SHEETS_FORBIDDEN':
      return `${sheet} 拒绝访问（403）：请在该表格的“共享”中把${account}添加为“编辑者”，然后重新运行`;
    case 'SHEETS_NOT_FOUND':
      return `${sheet} 不存在或已被删除（404）：请核对乡镇设置中的表格ID`;
    case 'SHEETS_RATE_LIMITED':
      return `${sheet} 写入过于频繁，超出 Sheets API 配额（429）：请稍后重试，或在 Google Cloud 控制台提高配额`;
    case 'SHEETS_UNAVAILABLE':
      return `${sheet} 暂时无法访问（Google 服务或网络故障）：请稍后重试。${detail}`;
    case 'SHEETS_BAD_REQUEST':
      return `${sheet} 拒绝了写入请求（400）：${detail}`;
    case 'SHEETS_UNAUTHENTICATED':
      return `${sheet} 身份验证失败（401）：请检查应用默认凭据（gcloud auth application-default login 或服务账号）`;
    default:
      return `${sheet} 写入失败：${detail}`;
  }
}

export function toSummaryWriteError(error: unknown, context: ErrorContext): SummaryWriteError {
  if (error instanceof SummaryWriteError) return error;
  const e: GaxiosLike = typeof error === 'object' && error !== null ? error : { message: String(error) };
  const status = statusOf(e);
  const code = classify(status, e);
  return new SummaryWriteError(code, messageFor(code, context, googleMessage(e)), { cause: error, status });
}
