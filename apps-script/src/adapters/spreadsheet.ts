// SpreadsheetPort over the spreadsheet the script is bound to.
import type { SpreadsheetPort } from '../app/ports';
import { applyTemplate } from './apply-template';
import { sheetPort } from './sheet';

export function spreadsheetPort(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SpreadsheetPort {
  return {
    id: () => ss.getId(),
    timeZone: () => ss.getSpreadsheetTimeZone() || 'Asia/Shanghai',
    sheet: (name) => {
      const sheet = ss.getSheetByName(name);
      return sheet ? sheetPort(sheet) : null;
    },
    activeSheetName: () => ss.getActiveSheet()?.getName() ?? null,
    createTab: (template) => applyTemplate(ss, template),
    toast: (message, title) => ss.toast(message, title, 10),
  };
}
