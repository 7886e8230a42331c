// Serves the registered Cloud Functions on one loopback port, one path each: /ingest, /assessNow, /assess.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UnavailableError } from '../../http/errors';
import { answerRefusal, refuseUnlessAdmin } from './assess-guard';
import type { IngestJournal } from './ingest-journal';
import { journalAnswers } from './journal-answers';

export const FUNCTION_NAMES = ['ingest', 'assessNow', 'assess'] as const;

export interface FunctionsHost {
  /** Base URL; a function is at `${url}/${name}`, as on Cloud Functions. */
  url: string;
  close(): Promise<void>;
}

export interface HostOptions {
  /** Where `ingest` answers are made durable before they leave (see journal-answers.ts). */
  journal?: { journal: IngestJournal; replayNonce: string };
}

/** Registers the functions (with the environment already set) and routes each path to its Functions Framework app. */
export async function startFunctionsHost(port = 0, options: HostOptions = {}): Promise<FunctionsHost> {
  await import('../../index');
  const { getTestServer } = await import('@google-cloud/functions-framework/testing');
  const { ingestDeps } = await import('../../runtime');
  const findUser = async (email: string) => (await ingestDeps()).findUser(email);
  const apps = new Map<string, Server>(
    FUNCTION_NAMES.map((name) => [name, getTestServer(name) as unknown as Server]),
  );
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const [, name, ...rest] = url.pathname.split('/');
    const app = apps.get(name ?? '');
    if (!app) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          error: {
            code: 'NOT_FOUND',
            message: `没有这个函数：/${name ?? ''}（可用：${FUNCTION_NAMES.join('、')}）`,
          },
        }),
      );
      return;
    }
    if (name === 'ingest' && options.journal)
      journalAnswers(req, res, options.journal.journal, options.journal.replayNonce, findUser);
    req.url = `/${rest.join('/')}${url.search}`;
    if (name !== 'assess') return void app.emit('request', req, res);
    ingestDeps()
      .then((deps) => refuseUnlessAdmin(req, deps))
      .then(
        (refused) => (refused ? answerRefusal(req, res, refused) : app.emit('request', req, res)),
        () => answerRefusal(req, res, new UnavailableError('暂时无法验证身份，请稍后重试')),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    // Open keep-alive connections (and requests stuck on a dead emulator) would keep close() waiting forever.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      }),
  };
}
