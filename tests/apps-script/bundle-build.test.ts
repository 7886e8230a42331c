import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltBundle, buildBundle } from './support/bundle';

let bundle: BuiltBundle;
beforeAll(async () => {
  bundle = await buildBundle();
});

describe('the Apps Script bundle', () => {
  it('declares every trigger and menu handler as a top-level function', () => {
    expect(bundle.functions.sort()).toEqual([
      'handleChange',
      'handleEdit',
      'menuAssessNow',
      'menuConfigure',
      'menuFullSync',
      'menuInitialize',
      'menuInstallTriggers',
      'menuShowStatus',
      'menuShowSummaryTime',
      'menuSyncNow',
      'nightlySync',
      'onOpen',
      'retrySync',
    ]);
    expect(bundle.code).toContain('var Shuangpei = (() => {');
    expect(bundle.code).toContain('\nfunction onOpen(e) { return Shuangpei.onOpen(e); }\n');
    expect(bundle.code).toContain('\nfunction handleEdit(e) { return Shuangpei.handleEdit(e); }\n');
  });

  it('takes the ledgers from functions/src/core/ledgers and nothing that needs Node or zod', () => {
    expect(bundle.code).toContain('// functions/src/core/ledgers/talents/ledger.ts');
    expect(bundle.code).not.toMatch(/\brequire\(|from ['"]zod['"]|node:|process\.env/);
    expect(bundle.code).not.toContain('functions/src/core/validation/validate-row');
  });

  it('ships a V8 manifest for Asia/Shanghai with the minimal scopes', () => {
    expect(bundle.manifest).toEqual({
      timeZone: 'Asia/Shanghai',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
      oauthScopes: [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.external_request',
        'https://www.googleapis.com/auth/script.scriptapp',
        'openid',
        'https://www.googleapis.com/auth/userinfo.email',
      ],
    });
  });

  it('has clasp push the dist folder', async () => {
    const clasp = JSON.parse(
      await readFile(new URL('../../apps-script/.clasp.json', import.meta.url), 'utf8'),
    );
    expect(clasp.rootDir).toBe('dist');
  });
});
