// Reads a request's body before the framework's parsers do, bounded before and after inflating it.
import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { BadRequestError, type DomainError, PayloadTooLargeError } from './errors';

/** How a body's bytes and text are read as JSON; throws the BadRequestError a caller should read. */
export type ParseJsonText = (raw: Buffer | undefined, text: string) => unknown;

/** The request once its body is read: `rawBody` the inflated bytes, `body` as the framework would give it. */
export type BodyRequest = IncomingMessage & { rawBody?: Buffer; body?: unknown };

const DECOMPRESSORS: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

const megabytes = (bytes: number) => `${Number((bytes / 1048576).toFixed(1))} MB`;
const tooLarge = (what: string, maxBytes: number) =>
  new PayloadTooLargeError(`请求过大（${what}），每次最多 ${megabytes(maxBytes)}，请分批同步`);

/** A body is there when the client announced one (as body-parser's `type-is.hasBody` decides). */
function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * Reads the whole body into memory, never more than `maxBytes` of it — counted on the wire and again after
 * gzip/deflate/br — so a compressed bomb stops at the limit instead of inflating in memory. Throws our
 * DomainError (413 too large, 400 an unknown or broken encoding, a cut-off transfer); the caller answers it.
 * Leaves the request consumed, so the framework's body parsers pass it by (`on-finished` says it is done).
 */
export async function readBoundedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  if (!hasBody(req)) return undefined;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw tooLarge(`${(declared / 1048576).toFixed(1)} MB`, maxBytes);
  const encoding = String(req.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  const decompress = encoding === 'identity' ? null : DECOMPRESSORS[encoding];
  if (decompress === undefined)
    throw new BadRequestError(`不支持压缩方式「${encoding}」，请不压缩（或用 gzip）后重新发送`);
  const inflater = decompress?.() ?? null;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wire = 0;
    let size = 0;
    let settled = false;
    const fail = (error: DomainError) => {
      if (settled) return;
      settled = true;
      if (inflater) {
        req.unpipe(inflater);
        inflater.destroy();
      }
      req.removeListener('data', onWire);
      reject(error);
    };
    const onWire = (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) fail(tooLarge(`超过 ${megabytes(maxBytes)}`, maxBytes));
    };
    const onData = (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) return fail(tooLarge(`解压后超过 ${megabytes(maxBytes)}`, maxBytes));
      chunks.push(chunk);
    };
    const onEnd = () => {
      if (settled) return;
      if (!req.complete) return fail(new BadRequestError('请求内容不完整（传输中断或长度不符），请重新同步'));
      settled = true;
      resolve(Buffer.concat(chunks));
    };
    req.on('aborted', () => fail(new BadRequestError('请求内容不完整（传输中断或长度不符），请重新同步')));
    req.on('error', () => fail(new BadRequestError('请求内容不完整（传输中断或长度不符），请重新同步')));
    if (inflater) {
      req.on('data', onWire);
      inflater.on('data', onData);
      inflater.on('end', onEnd);
      inflater.on('error', () =>
        fail(new BadRequestError(`请求内容无法按「${encoding}」解压，请不压缩后重新发送`)),
      );
      req.pipe(inflater);
    } else {
      req.on('data', onData);
      req.on('end', onEnd);
    }
  });
}

/** `text/plain; charset=UTF-8` → `{ type: 'text/plain', charset: 'utf-8' }`. */
function mediaType(header: string | undefined): { type: string; charset: string | null } {
  const [type = '', ...params] = (header ?? '').split(';').map((p) => p.trim().toLowerCase());
  const charset =
    params
      .find((p) => p.startsWith('charset='))
      ?.slice(8)
      .replace(/^"|"$/g, '') ?? null;
  return { type, charset };
}

const JSON_TYPES = new Set(['application/json', 'application/cloudevents+json']);

/**
 * The body as the Functions Framework's parsers would have left it, for what our functions accept: JSON
 * objects/arrays for `application/json` and CloudEvents, a string for `text/plain`, the bytes otherwise
 * (form bodies are not parsed: no function of ours takes them). Only UTF-8 text is accepted.
 */
export function decodeBody(req: IncomingMessage, raw: Buffer, parse: ParseJsonText): unknown {
  const { type, charset } = mediaType(req.headers['content-type']);
  const text = JSON_TYPES.has(type) || type.startsWith('text/');
  if (!text) return raw;
  if (charset && charset !== 'utf-8' && charset !== 'utf8')
    throw new BadRequestError(`不支持字符编码「${charset}」，请以 UTF-8 编码发送`);
  if (!JSON_TYPES.has(type)) return raw.toString('utf8');
  const parsed = parse(raw, raw.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null)
    throw new BadRequestError('请求内容应为 JSON 对象，请检查格式');
  return parsed;
}

/** Reads, bounds and decodes the body onto the request (`rawBody`, `body`); throws our DomainError. */
export async function takeBody(req: BodyRequest, maxBytes: number, parse: ParseJsonText): Promise<void> {
  const raw = await readBoundedBody(req, maxBytes);
  if (raw === undefined) return;
  req.rawBody = raw;
  req.body = decodeBody(req, raw, parse);
}
