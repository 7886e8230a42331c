// Reads a JSON request body with our own limits and Chinese messages.
import type { Request } from '@google-cloud/functions-framework';
import { BadRequestError, PayloadTooLargeError } from './errors';
import { refuseLoneSurrogates } from './well-formed-body';

/** No request of ours nests deeper than body → rows → row → cells → value; 32 leaves room and stops abuse. */
export const MAX_JSON_DEPTH = 32;

/**
 * The Functions Framework has already buffered the body. Clients send JSON as `text/plain`, which reaches us
 * unparsed; `application/json` bodies the framework parsed get the same checks (UTF-8, depth, dangerous keys),
 * and those it could not parse get the same messages through ./body-parse-errors.
 */
export function readJsonBody(req: Request, maxBytes: number): unknown {
  const raw = req.rawBody;
  const size = raw?.length ?? Number(req.get('content-length') ?? 0);
  if (size > maxBytes) {
    throw new PayloadTooLargeError(
      `请求过大（${(size / 1048576).toFixed(1)} MB），每次最多 ${maxBytes / 1048576} MB，请分批同步`,
    );
  }
  if (typeof req.body === 'object' && req.body !== null && !Buffer.isBuffer(req.body)) {
    checkUtf8(raw);
    checkParsed(req.body);
    return req.body;
  }
  const text = Buffer.isBuffer(req.body)
    ? req.body.toString('utf8')
    : typeof req.body === 'string'
      ? req.body
      : '';
  return parseJsonText(raw, text);
}

/** The body's text as checked JSON; `raw` (its bytes, when kept) must be UTF-8. Throws a Chinese BadRequestError. */
export function parseJsonText(raw: Buffer | undefined, text: string): unknown {
  checkUtf8(raw);
  if (!text.trim()) throw new BadRequestError('请求内容为空，应为 JSON');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new BadRequestError('请求内容嵌套层级过深');
    throw new BadRequestError('请求内容不是有效的 JSON，请检查格式');
  }
  checkParsed(parsed);
  return parsed;
}

function checkUtf8(raw: Buffer | undefined): void {
  if (raw?.length && !isValidUtf8(raw)) throw new BadRequestError('请求内容不是有效的 UTF-8 文本');
}

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks the parsed value without recursion (any depth is safe to walk): refuses nesting deeper than
 * MAX_JSON_DEPTH and any key that could reach an object's prototype, wherever it appears.
 */
function checkParsed(value: unknown): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item === 'string') refuseLoneSurrogates(item);
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= MAX_JSON_DEPTH) throw new BadRequestError('请求内容嵌套层级过深');
    if (Array.isArray(item)) {
      for (const child of item) stack.push([child, depth + 1]);
      continue;
    }
    for (const key of Object.keys(item)) {
      if (DANGEROUS_KEYS.has(key)) throw new BadRequestError(`请求中含有不允许的字段名「${key}」`);
      refuseLoneSurrogates(key);
      stack.push([(item as Record<string, unknown>)[key], depth + 1]);
    }
  }
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
