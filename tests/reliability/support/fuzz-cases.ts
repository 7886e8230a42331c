// fast-check generators of bad `ingest` requests: each case is raw bytes plus a content type.
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { memberRows, requestBody } from './rows';

export interface FuzzRequest {
  body: string | Buffer;
  contentType: string;
  /** More request headers (e.g. `content-encoding`). */
  headers?: Record<string, string>;
}

/** A request together with the exact Chinese message its refusal must carry. */
export type RefusedRequest = FuzzRequest & { message: string };

const TEXT = 'text/plain; charset=utf-8';
const valid = (rows = 2, offset = 0) => requestBody('城关镇', 'members', memberRows(rows, offset, 'fz'));
const asText = (value: unknown): FuzzRequest => ({
  body: JSON.stringify(value) ?? 'undefined',
  contentType: TEXT,
});

/** Any JSON value at all, and text that is almost JSON. */
export const garbage: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc.jsonValue().map(asText),
  fc.string({ maxLength: 200 }).map((body) => ({ body, contentType: TEXT })),
  fc
    .tuple(fc.jsonValue(), fc.nat())
    .map(([v, cut]) => [JSON.stringify(v) ?? '', cut] as const)
    .filter(([s]) => s.length > 1)
    .map(([s, cut]) => ({ body: s.slice(0, 1 + (cut % (s.length - 1))), contentType: TEXT })),
);

const FIELDS = ['spreadsheetId', 'county', 'township', 'ledger', 'headers', 'rows', 'liveKeys'] as const;
const ROW_FIELDS = ['key', 'revision', 'row', 'cells'] as const;

/** A valid request with one field replaced by a value of any type, or removed. */
export const mutated: fc.Arbitrary<FuzzRequest> = fc
  .record({
    top: fc.boolean(),
    field: fc.constantFrom(...FIELDS),
    rowField: fc.constantFrom(...ROW_FIELDS),
    value: fc.option(fc.anything({ maxDepth: 3 }), { nil: undefined }),
  })
  .map(({ top, field, rowField, value }) => {
    const body = valid(2) as Record<string, unknown>;
    if (top) body[field] = value;
    else (body.rows as Record<string, unknown>[])[1]![rowField] = value;
    return asText(body);
  });

/** Strings longer than any cell, key, name or header may be; rows wider than a stored row may be. */
export const huge: fc.Arbitrary<FuzzRequest> = fc
  .record({
    where: fc.constantFrom('cell', 'wideRow', 'key', 'county', 'header', 'cellName', 'manyCells'),
    extra: fc.integer({ min: 1, max: 200_000 }),
    char: fc.constantFrom('a', '长', '😀'),
  })
  .map(({ where, extra, char }) => {
    const body = valid(1) as unknown as Record<string, unknown> & { rows: Record<string, unknown>[] };
    const row = body.rows[0]!;
    const cells = row.cells as Record<string, unknown>;
    // Limits count characters (code points), so an emoji counts once.
    const long = (limit: number) => char.repeat(limit + 1 + (extra % 4000));
    if (where === 'cell') cells.备注 = char.repeat(100_001 + extra);
    // Four cells under the 100,000-character limit each, but over 256 KB together.
    if (where === 'wideRow')
      for (const c of ['备注', '实用技术二', '姓名', '所在村(社区)']) cells[c] = '长'.repeat(99_000);
    if (where === 'key') row.key = `k${long(100)}`;
    if (where === 'county') body.county = long(30);
    if (where === 'header') body.headers = [long(100)];
    if (where === 'cellName') cells[long(100)] = 'x';
    if (where === 'manyCells')
      row.cells = Object.fromEntries(Array.from({ length: 201 + (extra % 500) }, (_, i) => [`列${i}`, i]));
    return asText(body);
  });

/** Arrays or objects nested deeper than any request of ours, in place of the body or inside it. */
export const deep: fc.Arbitrary<FuzzRequest> = fc
  .record({ depth: fc.integer({ min: 33, max: 100_000 }), array: fc.boolean(), where: fc.nat(2) })
  .map(({ depth, array, where }) => {
    const [open, close] = array ? ['[', ']'] : ['{"a":', '}'];
    const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
    const body = JSON.stringify(valid(1));
    if (where === 0) return { body: nested, contentType: TEXT };
    const slot = where === 1 ? '"spreadsheetId":' : '"姓名":';
    return { body: body.replace(`${slot}"`, `${slot}${nested},"x":"`), contentType: TEXT };
  });

const BAD_UTF8 = [
  [0xff],
  [0xfe, 0xff],
  [0xc3],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
];

const spliced = (at: number, bytes: number[]) => {
  const good = Buffer.from(JSON.stringify(valid(2)));
  const cut = at % good.length;
  return Buffer.concat([good.subarray(0, cut), Buffer.from(bytes), good.subarray(cut)]);
};

/** A valid request with an invalid UTF-8 sequence spliced in anywhere (as our clients send it, text/plain). */
export const invalidUtf8: fc.Arbitrary<FuzzRequest> = fc
  .record({ at: fc.nat(), bytes: fc.constantFrom(...BAD_UTF8) })
  .map(({ at, bytes }) => ({ body: spliced(at, bytes), contentType: TEXT }));

/**
 * Broken bodies labelled `application/json`: the Functions Framework parses those itself, and its parser's
 * refusal must get the same Chinese answer a `text/plain` body with these bytes gets.
 */
export const brokenJson: fc.Arbitrary<RefusedRequest> = fc
  .record({ at: fc.nat(), bytes: fc.constantFrom(...BAD_UTF8), truncate: fc.boolean() })
  .map(({ at, bytes, truncate }) => {
    const good = Buffer.from(JSON.stringify(valid(2)));
    const body = truncate ? good.subarray(0, 1 + (at % (good.length - 1))) : spliced(at, bytes);
    // A cut inside a multi-byte character leaves bad UTF-8, which is said first (as for `text/plain`).
    const message = isUtf8(body) ? '请求内容不是有效的 JSON，请检查格式' : '请求内容不是有效的 UTF-8 文本';
    return { body, contentType: 'application/json', message };
  });

/** The `garbage` cases again, labelled `application/json` (so the framework's parser sees them first). */
export const garbageAsJson: fc.Arbitrary<FuzzRequest> = garbage.map((r) => ({
  ...r,
  contentType: 'application/json; charset=utf-8',
}));

/**
 * A valid body the framework's parser cannot even start on: a charset or compression it does not know, or
 * bytes that are not the compression they claim.
 */
export const unreadable: fc.Arbitrary<RefusedRequest> = fc.oneof(
  fc
    .record({
      type: fc.constantFrom('application/json', 'text/plain'),
      charset: fc.constantFrom('klingon', 'x-foo'),
    })
    .map(({ type, charset }) => ({
      body: JSON.stringify(valid(1)),
      contentType: `${type}; charset=${charset}`,
      message: `不支持字符编码「${charset}」，请以 UTF-8 编码发送`,
    })),
  fc.constantFrom('latin1', 'gbk').map((charset) => ({
    body: JSON.stringify(valid(1)),
    contentType: `application/json; charset=${charset}`,
    message: `不支持字符编码「${charset}」，请以 UTF-8 编码发送`,
  })),
  fc
    .record({
      type: fc.constantFrom('application/json', TEXT),
      encoding: fc.constantFrom('compress', 'x-foo'),
    })
    .map(({ type, encoding }) => ({
      body: JSON.stringify(valid(1)),
      contentType: type,
      headers: { 'content-encoding': encoding },
      message: `不支持压缩方式「${encoding}」，请不压缩（或用 gzip）后重新发送`,
    })),
  fc
    .record({
      type: fc.constantFrom('application/json', TEXT),
      encoding: fc.constantFrom('gzip', 'deflate', 'br'),
    })
    .map(({ type, encoding }) => ({
      body: JSON.stringify(valid(1)),
      contentType: type,
      headers: { 'content-encoding': encoding },
      message: `请求内容无法按「${encoding}」解压，请不压缩后重新发送`,
    })),
);

const DANGEROUS = ['__proto__', 'constructor', 'prototype'];
const escaped = (key: string) =>
  [...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** A key that could reach a prototype, plain or \u-escaped, at the top, in a row, in the cells or deeper. */
export const pollution: fc.Arbitrary<FuzzRequest> = fc
  .record({ key: fc.constantFrom(...DANGEROUS), unicode: fc.boolean(), where: fc.nat(3), json: fc.boolean() })
  .map(({ key, unicode, where, json }) => {
    const name = unicode ? escaped(key) : key;
    const text = JSON.stringify(valid(1));
    const inject = `"${name}":{"isAdmin":true,"polluted":1},`;
    const anchors = ['{"spreadsheetId"', '{"key"', '"姓名"', '"rows":['];
    const anchor = anchors[where]!;
    const body =
      where === 3
        ? text.replace(anchor, `${anchor}{"x":{${inject.slice(0, -1)}}},`)
        : text.replace(
            anchor,
            anchor.startsWith('{') ? `{${inject}${anchor.slice(1)}` : `${inject}${anchor}`,
          );
    return { body, contentType: json ? 'application/json' : TEXT };
  });

/** Text a spreadsheet would run as a formula, in the columns a clerk types freely. */
export const FORMULAS = [
  '=1+1',
  '=HYPERLINK("http://evil.example","点我")',
  '=IMPORTXML("http://evil.example","//a")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A2)',
  '=CONCATENATE(A1,B1)',
  '\t=1',
];
export const formulas: fc.Arbitrary<{ column: string; text: string }[]> = fc.array(
  fc.record({
    column: fc.constantFrom('姓名', '备注', '实用技术一', '所在村(社区)'),
    text: fc.constantFrom(...FORMULAS),
  }),
  { minLength: 1, maxLength: 3 },
);
