// Large XML parts are made as a sequence of strings and read by the zip writer as a stream of UTF-8 (or Latin-1) chunks of
// about a megabyte, when it compresses that part: no part is ever held whole, as text or as bytes.
import { Readable } from 'node:stream';

const CHUNK = 1 << 20;

/** The pieces joined into chunks of about a megabyte, encoded as `encoding`. */
export function* byteChunks(
  parts: Iterable<string>,
  encoding: 'utf8' | 'latin1' = 'utf8',
): Generator<Buffer> {
  let batch: string[] = [];
  let length = 0;
  for (const part of parts) {
    batch.push(part);
    length += part.length;
    if (length < CHUNK) continue;
    yield Buffer.from(batch.join(''), encoding);
    batch = [];
    length = 0;
  }
  if (batch.length) yield Buffer.from(batch.join(''), encoding);
}

/** A lazily made part: its text in pieces, made when the stream is read. */
export type LazyText = () => Iterable<string>;

export const streamOf = (text: LazyText): Readable =>
  Readable.from(byteChunks({ [Symbol.iterator]: () => text()[Symbol.iterator]() }));
