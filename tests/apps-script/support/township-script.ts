// A spreadsheet running the real bundle over the fakes, configured, initialised, triggers installed.
import { createEnvironment } from '../fakes/environment';
import type { BuiltBundle } from './bundle';
import { FakeIngestServer } from './fake-ingest-server';
import { ScriptDriver } from './script-driver';

export const BASE_URL = 'https://asia-east2-shuangpei.cloudfunctions.net';

/**
 * `setup` holds the requests made while setting up (初始化台账 asks once for the 培训申报 choices); the fake
 * UrlFetchApp's log is then cleared, so a test counts only its own requests.
 */
export function openSpreadsheet(
  bundle: BuiltBundle,
  township: string | null = '城关镇',
  server = new FakeIngestServer(),
) {
  const env = createEnvironment({ server: server.handle });
  const driver = new ScriptDriver(env, bundle.code);
  driver.open();
  driver.menu('设置同步参数', [BASE_URL, '示范县', township ?? '']);
  driver.menu('初始化台账');
  driver.menu('安装触发器');
  const setup = env.urlFetch.requests.splice(0);
  return { driver, env, server, setup };
}
