// Reads a JSON request body with our own limits and Chinese messages.
import type { Request } from '@google-cloud/functions-framework';
import { BadRequestError, PayloadTooLargeError } from './errors';

/**
 * The Functions Framework has already buffered the body. Clients send JSON as `text/plain`, so a malformed
 * body reaches us (and gets a Chinese 400) instead of the framework's own English error page;
 * `application/json` bodies the framework parsed are accepted as they are.
 */
export function readJsonBody(req: Request, maxBytes: number): unknown {
  const raw = req.rawBody;
  const size = raw?.length ?? Number(req.get('content-length') ?? 0);
  if (size > maxBytes) {
    throw new PayloadTooLargeError(
      `请求过大（${(size / 1048576).toFixed(1)} MB），每次最多 ${maxBytes / 1048576} MB，请分批同步`,
    );
  }
  if (typeof req.body === 'object' && req.body !== null && !Buffer.isBuffer(req.body)) return req.body;
  const text = Buffer.isBuffer(req.body)
    ? req.body.toString('utf8')
    : typeof req.body === 'string'
      ? req.body
      : '';
  if (!text.trim()) throw new BadRequestError('请求内容为空，应为 JSON');
  if (raw && !isValidUtf8(raw)) throw new BadRequestError('请求内容不是有效的 UTF-8 文本');
  try {
    return JSON.parse(text, refuseDangerousKeys);
  } catch (error) {
    if (error instanceof BadRequestError) throw error;
    if (error instanceof RangeError) throw new BadRequestError('请求内容嵌套层级过深');
    throw new BadRequestError('请求内容不是有效的 JSON，请检查格式');
  }
}

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse reviver: a key that could reach an object's prototype is refused wherever it appears. */
function refuseDangerousKeys(key: string, value: unknown): unknown {
  if (DANGEROUS_KEYS.has(key)) throw new BadRequestError(`请求中含有不允许的字段名「${key}」`);
  return value;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
function isValidUtf8(bytes: Buffer): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
