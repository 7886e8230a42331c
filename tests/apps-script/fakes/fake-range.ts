// A block of a fake sheet, with the Range methods the client and the tests use. Writes are logged.
import { displayText } from './cell-format';
import type { FakeDataValidation } from './fake-data-validation';
import { type CellData, DEFAULT_BACKGROUND, type FakeSheet } from './fake-sheet';

const columnName = (n: number): string =>
  (n > 26 ? columnName(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  getSheet() {
    return this.sheet;
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.column;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.columns;
  }
  getLastRow() {
    return this.row + this.rows - 1;
  }
  getLastColumn() {
    return this.column + this.columns - 1;
  }
  getA1Notation() {
    const start = `${columnName(this.column)}${this.row}`;
    return this.rows === 1 && this.columns === 1
      ? start
      : `${start}:${columnName(this.getLastColumn())}${this.getLastRow()}`;
  }

  private map<T>(read: (c: CellData) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.columns }, (_, j) => read(this.sheet.cell(this.row + i, this.column + j))),
    );
  }

  private write<T>(method: string, grid: T[][], apply: (c: CellData, v: T) => void) {
    if (grid.length !== this.rows || grid.some((line) => line.length !== this.columns)) {
      throw new Error(
        `Exception: ${method}: 数据有 ${grid.length} 行，范围 ${this.getA1Notation()} 有 ${this.rows} 行`,
      );
    }
    this.sheet.parent.log(method, this);
    grid.forEach((line, i) => {
      line.forEach((v, j) => {
        apply(this.sheet.cell(this.row + i, this.column + j), v);
      });
    });
    return this;
  }

  private fill<T>(method: string, value: T, apply: (c: CellData, v: T) => void) {
    return this.write(
      method,
      this.map(() => value),
      apply,
    );
  }

  getValues() {
    return this.map((c) => c.value);
  }
  getValue() {
    return this.getValues()[0]![0];
  }
  getDisplayValues() {
    const zone = this.sheet.parent.getSpreadsheetTimeZone();
    return this.map((c) => displayText(c.value, c.format, zone));
  }
  getDisplayValue() {
    return this.getDisplayValues()[0]![0]!;
  }
  setValues(values: unknown[][]) {
    return this.write('setValues', values, (c, v) => (c.value = v ?? ''));
  }
  setValue(value: unknown) {
    return this.fill('setValue', value, (c, v) => (c.value = v ?? ''));
  }
  clearContent() {
    return this.fill('clearContent', '', (c, v) => (c.value = v));
  }

  getNotes() {
    return this.map((c) => c.note);
  }
  getNote() {
    return this.getNotes()[0]![0]!;
  }
  setNotes(notes: (string | null)[][]) {
    return this.write('setNotes', notes, (c, v) => (c.note = v ?? ''));
  }
  setNote(note: string | null) {
    return this.fill('setNote', note, (c, v) => (c.note = v ?? ''));
  }

  getBackgrounds() {
    return this.map((c) => c.background);
  }
  getBackground() {
    return this.getBackgrounds()[0]![0]!;
  }
  setBackgrounds(colors: (string | null)[][]) {
    return this.write('setBackgrounds', colors, (c, v) => (c.background = v ?? DEFAULT_BACKGROUND));
  }
  setBackground(color: string | null) {
    return this.fill('setBackground', color, (c, v) => (c.background = v ?? DEFAULT_BACKGROUND));
  }
  setFontWeight(weight: string | null) {
    return this.fill('setFontWeight', weight, (c, v) => (c.fontWeight = v ?? 'normal'));
  }
  getFontWeights() {
    return this.map((c) => c.fontWeight);
  }

  getNumberFormats() {
    return this.map((c) => c.format);
  }
  setNumberFormat(format: string) {
    return this.fill('setNumberFormat', format, (c, v) => (c.format = v));
  }
  setNumberFormats(formats: string[][]) {
    return this.write('setNumberFormats', formats, (c, v) => (c.format = v));
  }

  getDataValidations() {
    return this.map((c) => c.validation);
  }
  getDataValidation() {
    return this.getDataValidations()[0]![0] ?? null;
  }
  setDataValidation(rule: FakeDataValidation | null) {
    return this.fill('setDataValidation', rule, (c, v) => (c.validation = v));
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]) {
    return this.write('setDataValidations', rules, (c, v) => (c.validation = v));
  }

  protect() {
    const protection = {
      row: this.row,
      column: this.column,
      rows: this.rows,
      columns: this.columns,
      description: '',
      warningOnly: false,
    };
    this.sheet.addProtection(protection);
    const handle = {
      setDescription: (d: string) => {
        protection.description = d;
        return handle;
      },
      setWarningOnly: (w: boolean) => {
        protection.warningOnly = w;
        return handle;
      },
      getDescription: () => protection.description,
      isWarningOnly: () => protection.warningOnly,
    };
    return handle;
  }
}
