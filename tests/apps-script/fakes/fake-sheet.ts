// An in-memory Sheet: a grid of cells (value, note, background, format, validation) with rows that move.
import type { FakeDataValidation } from './fake-data-validation';
import { FakeRange } from './fake-range';
import type { FakeSpreadsheet } from './fake-spreadsheet';

export interface CellData {
  value: unknown;
  note: string;
  background: string;
  format: string;
  validation: FakeDataValidation | null;
  fontWeight: string;
}

export const DEFAULT_BACKGROUND = '#ffffff';
const emptyCell = (): CellData => ({
  value: '',
  note: '',
  background: DEFAULT_BACKGROUND,
  format: '',
  validation: null,
  fontWeight: 'normal',
});

export interface Protection {
  row: number;
  column: number;
  rows: number;
  columns: number;
  description: string;
  warningOnly: boolean;
}

export class FakeSheet {
  private grid: CellData[][] = [];
  readonly hiddenColumns = new Set<number>();
  readonly protections: Protection[] = [];
  frozenRows = 0;

  constructor(
    readonly parent: FakeSpreadsheet,
    private name: string,
    private maxRows = 1000,
    private maxColumns = 26,
  ) {}

  getName() {
    return this.name;
  }
  getParent() {
    return this.parent;
  }
  getSheetId() {
    return this.parent.getSheets().indexOf(this);
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxColumns;
  }

  /** The cell at 1-based (row, column); created on first touch. Throws outside the grid, as Sheets does. */
  cell(row: number, column: number): CellData {
    if (row < 1 || column < 1 || row > this.maxRows || column > this.maxColumns) {
      throw new Error(`Exception: 范围坐标超出工作表「${this.name}」的尺寸 (${row}, ${column})`);
    }
    this.grid[row - 1] ??= [];
    const line = this.grid[row - 1]!;
    line[column - 1] ??= emptyCell();
    return line[column - 1]!;
  }

  peek(row: number, column: number): CellData | undefined {
    return this.grid[row - 1]?.[column - 1];
  }

  getRange(row: number | string, column = 1, rows = 1, columns = 1): FakeRange {
    if (typeof row === 'string') throw new Error('A1 notation is not supported by this fake');
    if (rows < 1 || columns < 1)
      throw new Error(`Exception: 范围的行数和列数必须至少为 1（${rows}×${columns}）`);
    this.cell(row + rows - 1, column + columns - 1);
    return new FakeRange(this, row, column, rows, columns);
  }

  getDataRange() {
    return this.getRange(1, 1, Math.max(this.getLastRow(), 1), Math.max(this.getLastColumn(), 1));
  }

  getLastRow() {
    for (let r = this.grid.length; r >= 1; r--)
      if (this.grid[r - 1]?.some((c) => c && c.value !== '')) return r;
    return 0;
  }

  getLastColumn() {
    let last = 0;
    for (const line of this.grid ?? []) {
      line?.forEach((c, i) => {
        if (c && c.value !== '') last = Math.max(last, i + 1);
      });
    }
    return last;
  }

  setFrozenRows(rows: number) {
    this.frozenRows = rows;
  }
  getFrozenRows() {
    return this.frozenRows;
  }

  hideColumns(column: number, count = 1) {
    for (let c = column; c < column + count; c++) this.hiddenColumns.add(c);
  }
  isColumnHiddenByUser(column: number) {
    return this.hiddenColumns.has(column);
  }

  /** Inserted rows take the formats and dropdowns of the row above, as in Sheets. */
  insertRowsAfter(after: number, count: number) {
    const template = this.grid[after - 1] ?? [];
    const fresh = Array.from({ length: count }, () =>
      template.map((c) => ({ ...emptyCell(), format: c?.format ?? '', validation: c?.validation ?? null })),
    );
    while (this.grid.length < after) this.grid.push([]);
    this.grid.splice(after, 0, ...fresh);
    this.maxRows += count;
    return this;
  }

  insertRowsBefore(before: number, count: number) {
    return this.insertRowsAfter(before - 1, count);
  }

  deleteRows(row: number, count: number) {
    this.grid.splice(row - 1, count);
    this.maxRows -= count;
  }

  deleteRow(row: number) {
    this.deleteRows(row, 1);
  }

  addProtection(p: Protection) {
    this.protections.push(p);
  }
}
