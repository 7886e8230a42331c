// Reads a ledger tab in a few block reads: header row, every data row, display strings of ID-number columns.
import type { AnyLedger } from '../../../functions/src/core/ledgers';
import { isBlank, toCell, toKey, toRevision } from './cells';
import type { Checked } from './config';
import { layoutOf, type TabLayout } from './layout';
import type { Cell, SheetPort } from './ports';

export interface TabRow {
  /** 1-based sheet row. */
  row: number;
  key: string | null;
  revision: number;
  /** What the 同步状态 cell shows. */
  status: string;
  /** Field cells by the sheet's header text. */
  cells: Record<string, Cell>;
  /** Every field cell is empty. */
  blank: boolean;
}

export interface TabSnapshot {
  layout: TabLayout;
  rows: TabRow[];
}

export function readLayout(sheet: SheetPort, ledger: AnyLedger): Checked<TabLayout> {
  const width = sheet.lastColumn();
  return layoutOf(ledger, width > 0 ? sheet.values(1, 1, 1, width)[0]! : []);
}

export function readTab(
  sheet: SheetPort,
  ledger: AnyLedger,
  formatDay: (date: Date) => string,
): Checked<TabSnapshot> {
  const layout = readLayout(sheet, ledger);
  if (!layout.ok) return layout;
  const { fields, width, keyColumn, revisionColumn, statusColumn } = layout.value;
  const count = sheet.lastRow() - 1;
  if (count <= 0) return { ok: true, value: { layout: layout.value, rows: [] } };
  const values = sheet.values(2, 1, count, width);
  // ID numbers are read as the clerk sees them, so a number Sheets reformatted is not silently rounded.
  const display = new Map(
    fields
      .filter((f) => f.kind === 'idNumber')
      .map((f) => [f.column, sheet.displayValues(2, f.column, count, 1)]),
  );
  const rows = values.map((line, i): TabRow => {
    const cells: Record<string, Cell> = {};
    for (const field of fields) {
      const shown = display.get(field.column)?.[i]?.[0];
      const raw = shown !== undefined ? shown.trim() : line[field.column - 1];
      cells[layout.value.headers[field.column - 1]!] = toCell(raw, formatDay);
    }
    return {
      row: i + 2,
      key: toKey(line[keyColumn - 1]),
      revision: toRevision(line[revisionColumn - 1]),
      status: String(line[statusColumn - 1] ?? ''),
      cells,
      blank: Object.values(cells).every(isBlank),
    };
  });
  return { ok: true, value: { layout: layout.value, rows } };
}
