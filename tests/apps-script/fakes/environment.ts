// Every Apps Script global the bundle uses, faked and wired together, ready to be a vm context.
import { FakeClock } from './fake-clock';
import { FakeLockService } from './fake-lock';
import { FakePropertiesService } from './fake-properties';
import { FakeScriptApp } from './fake-script-app';
import { FakeSession } from './fake-session';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './fake-spreadsheet';
import { FakeUi } from './fake-ui';
import { FakeUrlFetchApp, type FetchHandler } from './fake-url-fetch';
import { FakeUtilities } from './fake-utilities';

export interface EnvironmentOptions {
  server: FetchHandler;
  identityToken?: () => string;
  email?: string;
  spreadsheetId?: string;
  /** Epoch ms the clock starts at. */
  now?: number;
}

/** 2026-11-25 09:00 in Asia/Shanghai, the harness's "today". */
export const START = Date.parse('2026-11-25T09:00:00+08:00');

export function createEnvironment(options: EnvironmentOptions) {
  const ui = new FakeUi();
  const spreadsheet = new FakeSpreadsheet(options.spreadsheetId ?? 'sheet-chengguan');
  const clock = new FakeClock(options.now ?? START);
  const urlFetch = new FakeUrlFetchApp(options.server);
  const properties = new FakePropertiesService();
  const lock = new FakeLockService();
  const scriptApp = new FakeScriptApp(options.identityToken ?? (() => 'test-identity-token'));
  const utilities = new FakeUtilities();
  const session = new FakeSession(options.email ?? 'clerk@chengguan.example');
  const logs: string[] = [];
  const globals = {
    SpreadsheetApp: new FakeSpreadsheetApp(spreadsheet, ui),
    UrlFetchApp: urlFetch,
    PropertiesService: properties,
    LockService: lock,
    ScriptApp: scriptApp,
    Utilities: utilities,
    Session: session,
    Date: clock.dateClass(),
    console: {
      log: (...a: unknown[]) => logs.push(a.map(String).join(' ')),
      warn: (...a: unknown[]) => logs.push(a.map(String).join(' ')),
      error: (...a: unknown[]) => logs.push(a.map(String).join(' ')),
    },
  };
  return { ui, spreadsheet, clock, urlFetch, properties, lock, scriptApp, utilities, session, logs, globals };
}

export type Environment = ReturnType<typeof createEnvironment>;
