// Reads every request's body ourselves, bounded, before the framework's parsers (1024 MB, inflated) can, and
// gives bodies we refuse (too large, a bomb, bad JSON, unknown charset…) our Chinese JSON answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { finished } from 'node:stream';
import { type ParseJsonText, takeBody } from './bounded-body';
import { BadRequestError, DomainError, HttpError, PayloadTooLargeError } from './errors';
import { errorResponse } from './respond';

export type { ParseJsonText } from './bounded-body';

/** What body-parser (through http-errors) and zlib put on the errors they pass to Express. */
interface ParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  charset?: string;
  encoding?: string;
  body?: unknown;
}

/** The request as the framework's parsers left it: its headers, and its bytes when they were read. */
type ParsedRequest = Pick<IncomingMessage, 'headers'> & { rawBody?: Buffer };

/** A refused request as one of our errors; anything not a client error (4xx) is returned as it is (a 500). */
export function bodyParseError(error: unknown, req: ParsedRequest, parse: ParseJsonText): unknown {
  if (error instanceof DomainError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ParserError;
  const status = e.status ?? e.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return error;
  switch (e.type) {
    case 'entity.parse.failed':
      try {
        parse(req.rawBody, typeof e.body === 'string' ? e.body : '');
      } catch (ours) {
        if (ours instanceof DomainError) return ours;
      }
      // Valid JSON, but not an object or array: body-parser refuses those outright.
      return new BadRequestError('请求内容应为 JSON 对象，请检查格式');
    case 'charset.unsupported':
      return new BadRequestError(`不支持字符编码「${e.charset}」，请以 UTF-8 编码发送`);
    case 'encoding.unsupported':
      return new BadRequestError(`不支持压缩方式「${e.encoding}」，请不压缩（或用 gzip）后重新发送`);
    case 'entity.too.large':
      return new PayloadTooLargeError('请求过大，请分批同步');
    case 'request.aborted':
    case 'request.size.invalid':
      return new BadRequestError('请求内容不完整（传输中断或长度不符），请重新同步');
  }
  if (error instanceof URIError) return new BadRequestError('请求地址无效，请检查同步地址');
  const encoding = req.headers['content-encoding'];
  // A decompression stream's own error (zlib, brotli) carries no `type`.
  if (e.type === undefined && encoding && encoding !== 'identity')
    return new BadRequestError(`请求内容无法按「${encoding}」解压，请不压缩后重新发送`);
  return new BadRequestError('请求无法读取，请以 UTF-8 编码的 JSON 重新发送');
}

type Done = (error?: unknown) => void;
type ExpressApp = { get(setting: 'env'): unknown };
type Handle = (this: ExpressApp, req: IncomingMessage, res: ServerResponse, done?: Done) => void;
const INSTALLED = Symbol.for('shuangpei.bodyParseErrors');

export interface BodyBounds {
  /** The most bytes a body may have, on the wire and once inflated (read per request). */
  maxBytes: () => number;
}

/**
 * The framework's Express app parses every body (any type, gzip/deflate/br inflated up to 1024 MB) before
 * any function runs, hands parser errors to Express's final handler (an English HTML page) and offers no
 * hook for either (functions-framework-nodejs issue #686). So every top-level Express app created from now
 * on (the framework's, in production and in `getTestServer`) first reads the body through
 * `readBoundedBody` — the framework's parsers then find it read and pass it by — and gets our final handler.
 * Call before the framework builds its server (at module load); calling again is harmless. The test
 * `tests/reliability/decompression-bomb.test.ts` fails if a framework upgrade stops this from applying.
 */
export function answerBodyParseErrors(parse: ParseJsonText, bounds: BodyBounds): void {
  const fromFramework = createRequire(
    createRequire(import.meta.url).resolve('@google-cloud/functions-framework'),
  );
  const application = (
    fromFramework('express') as { application: { handle: Handle & { [INSTALLED]?: true } } }
  ).application;
  if (application.handle[INSTALLED]) return;
  const original = application.handle;
  const handle: Handle = function (this, req, res, done) {
    if (done) return original.call(this, req, res, done); // a mounted app: the top-level one read the body
    const answer = finalAnswer(req, res, parse, this.get('env') !== 'test');
    takeBody(req, bounds.maxBytes(), parse).then(() => original.call(this, req, res, answer), answer);
  };
  application.handle = Object.assign(handle, { [INSTALLED]: true as const });
}

/**
 * Express's last step: an error nothing handled (or no route at all) becomes our JSON error answer. The
 * error is logged as Express logs it (not under NODE_ENV=test), through the privacy net of console-privacy.ts.
 */
function finalAnswer(req: IncomingMessage, res: ServerResponse, parse: ParseJsonText, log: boolean): Done {
  return (error) => {
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    const { status, body } = errorResponse(
      error
        ? bodyParseError(error, req, parse)
        : new HttpError(404, '没有这个地址，请检查同步地址', 'NOT_FOUND'),
    );
    // Our own refusal of a body is one line (it never holds the body); anything else is logged whole.
    if (error instanceof DomainError && log)
      console.warn(`refused body: ${status} ${error.code} ${error.message}`);
    else if (error && log) console.error(error);
    const json = JSON.stringify(body);
    const write = () => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(json));
      res.end(json);
    };
    // Answer only once the client has sent its whole body, as Express does, or it may never read the answer.
    if (req.readableEnded || req.destroyed) return write();
    req.unpipe();
    finished(req, write);
    req.resume();
  };
}
