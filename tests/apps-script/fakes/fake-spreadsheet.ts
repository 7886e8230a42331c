// An in-memory Spreadsheet and SpreadsheetApp: tabs, the active tab, toasts, a log of every range write.
import { FakeDataValidationBuilder } from './fake-data-validation';
import type { FakeRange } from './fake-range';
import { FakeSheet } from './fake-sheet';
import type { FakeUi } from './fake-ui';

export interface WriteLog {
  method: string;
  sheet: string;
  a1: string;
  rows: number;
  columns: number;
}

export class FakeSpreadsheet {
  private sheets: FakeSheet[] = [];
  private active: FakeSheet;
  readonly toasts: { message: string; title: string }[] = [];
  readonly writes: WriteLog[] = [];

  constructor(
    private readonly id = 'sheet-chengguan',
    private readonly timeZone = 'Asia/Shanghai',
  ) {
    this.active = new FakeSheet(this, '工作表1');
    this.sheets.push(this.active);
  }

  getId() {
    return this.id;
  }
  getName() {
    return `${this.id} 台账`;
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  getSheets() {
    return [...this.sheets];
  }
  getNumSheets() {
    return this.sheets.length;
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  sheet(name: string): FakeSheet {
    const sheet = this.getSheetByName(name);
    if (!sheet) throw new Error(`no tab ${name}`);
    return sheet;
  }

  insertSheet(name: string, index = this.sheets.length) {
    if (this.getSheetByName(name)) throw new Error(`Exception: 已存在名为“${name}”的工作表`);
    const sheet = new FakeSheet(this, name);
    this.sheets.splice(index, 0, sheet);
    this.active = sheet;
    return sheet;
  }

  getActiveSheet() {
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet) {
    this.active = sheet;
    return sheet;
  }

  toast(message: string, title = '', _seconds?: number) {
    this.toasts.push({ message, title });
  }

  log(method: string, range: FakeRange) {
    this.writes.push({
      method,
      sheet: range.sheet.getName(),
      a1: range.getA1Notation(),
      rows: range.rows,
      columns: range.columns,
    });
  }
}

export class FakeSpreadsheetApp {
  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {}
  getActiveSpreadsheet() {
    return this.spreadsheet;
  }
  getActive() {
    return this.spreadsheet;
  }
  getUi() {
    return this.ui;
  }
  newDataValidation() {
    return new FakeDataValidationBuilder();
  }
}
