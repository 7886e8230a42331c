// Wires the ports to Apps Script's globals; the only place besides the adapters that names them.
import type { Services } from '../app/ports';
import { urlFetchPost } from './http';
import { scriptLock } from './lock';
import { propertyStore } from './properties';
import { spreadsheetPort } from './spreadsheet';
import { triggerPort } from './triggers';
import { uiPort } from './ui';

export function services(source?: GoogleAppsScript.Spreadsheet.Spreadsheet): Services {
  const ss = source ?? SpreadsheetApp.getActiveSpreadsheet();
  return {
    spreadsheet: spreadsheetPort(ss),
    post: urlFetchPost,
    identityToken: () => ScriptApp.getIdentityToken(),
    userEmail: () => Session.getActiveUser().getEmail(),
    settings: propertyStore(() => PropertiesService.getScriptProperties()),
    state: propertyStore(() => PropertiesService.getDocumentProperties()),
    lock: scriptLock(),
    ui: uiPort(),
    triggers: triggerPort(ss),
    now: () => Date.now(),
    formatDate: (date, timeZone, pattern) => Utilities.formatDate(date, timeZone, pattern),
    uuid: () => Utilities.getUuid(),
  };
}
