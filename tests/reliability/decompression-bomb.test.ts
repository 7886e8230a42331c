// A decompression bomb before authentication: 300 MB of zeros gzipped to ~300 KB, sent without a token to the
// functions in their own process. Bodies are bounded on the wire and once inflated before anything parses
// them, so it is refused with our 413 within a second and the process barely grows.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createGzip, deflateSync, gzipSync } from 'node:zlib';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, setUpIngestHarness } from '../support/ingest-harness';
import { type FunctionsChild, startFunctionsChild } from './support/functions-child';

const MB = 1024 * 1024;

/** `n` MB of zeros, gzipped a megabyte at a time (never the whole inflated body in memory). */
async function gzipBomb(n: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(MB);
  for (let i = 0; i < n; i++) if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  gzip.end();
  await done;
  return Buffer.concat(out);
}

/** Resident memory of a process, and its peak since it started, in bytes. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

function send(url: string, body: Buffer, headers: Record<string, string>) {
  return new Promise<{ status: number; body: { error: { code: string; message: string } } }>(
    (resolve, reject) => {
      const req = httpRequest(
        url,
        { method: 'POST', headers: { 'content-length': String(body.length), ...headers } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

let h: Harness;
let child: FunctionsChild;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
  child = await startFunctionsChild({ NODE_ENV: 'production' });
}, 60_000);
afterAll(async () => {
  await child.stop();
  await h.close();
});

describe('a decompression bomb before authentication', () => {
  it('is refused with a Chinese 413 within a second, and the process grows by less than 50 MB', async () => {
    const bomb = await gzipBomb(300);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const before = memory(child.pid).rss;
    const started = performance.now();
    const answer = await send(`${child.url}/ingest`, bomb, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    const seconds = (performance.now() - started) / 1000;
    const after = memory(child.pid);
    expect(answer).toEqual({
      status: 413,
      body: {
        error: {
          code: 'PAYLOAD_TOO_LARGE',
          message: '请求过大（解压后超过 5 MB），每次最多 5 MB，请分批同步',
        },
      },
    });
    expect(seconds).toBeLessThan(1);
    expect(Math.max(after.peak, after.rss) - before).toBeLessThan(50 * MB);
  });

  it('is bounded the same for every content type and encoding, on every function', async () => {
    const zeros = Buffer.alloc(20 * MB);
    const bodies: [string, Buffer][] = [
      ['gzip', gzipSync(zeros)],
      ['x-gzip', gzipSync(zeros)],
      ['deflate', deflateSync(zeros)],
    ];
    for (const path of ['ingest', 'assessNow', 'assess'])
      for (const type of [
        'text/plain',
        'application/json',
        'application/octet-stream',
        'application/x-www-form-urlencoded',
      ])
        for (const [encoding, body] of bodies) {
          const answer = await send(`${child.url}/${path}`, body, {
            'content-type': type,
            'content-encoding': encoding,
          });
          // The local /assess asks for an admin's token first and never reads the body of a request without one.
          const refused = path === 'assess' ? [401, 'TOKEN_MISSING'] : [413, 'PAYLOAD_TOO_LARGE'];
          expect([path, type, encoding, answer.status, answer.body.error.code]).toEqual([
            path,
            type,
            encoding,
            ...refused,
          ]);
        }
  });

  it('bounds the deployed `assess` (the framework’s own server, reached only by Pub/Sub) the same', async () => {
    const res = await request(getTestServer('assess'))
      .post('/')
      // (not application/json: supertest would serialise the Buffer as JSON)
      .set({
        'content-type': 'application/octet-stream',
        'content-encoding': 'gzip',
        'ce-specversion': '1.0',
      })
      .send(gzipSync(Buffer.alloc(20 * MB)));
    expect([res.status, res.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('refuses a body announced larger than the limit before reading it', async () => {
    const answer = await send(`${child.url}/ingest`, Buffer.alloc(6 * MB, 0x20), {
      'content-type': 'text/plain',
    });
    expect(answer).toEqual({
      status: 413,
      body: {
        error: { code: 'PAYLOAD_TOO_LARGE', message: '请求过大（6.0 MB），每次最多 5 MB，请分批同步' },
      },
    });
  });
});
