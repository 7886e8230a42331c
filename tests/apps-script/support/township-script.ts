// A township spreadsheet running the real bundle over the fakes, configured, initialised, triggers installed.
import { createEnvironment } from '../fakes/environment';
import type { BuiltBundle } from './bundle';
import { FakeIngestServer } from './fake-ingest-server';
import { ScriptDriver } from './script-driver';

export const BASE_URL = 'https://asia-east2-shuangpei.cloudfunctions.net';

export function openSpreadsheet(bundle: BuiltBundle, township: string | null = '城关镇') {
  const server = new FakeIngestServer();
  const env = createEnvironment({ server: server.handle });
  const driver = new ScriptDriver(env, bundle.code);
  driver.open();
  driver.menu('设置同步参数', [BASE_URL, '示范县', township ?? '']);
  driver.menu('初始化台账');
  driver.menu('安装触发器');
  return { driver, env, server };
}
