// Lays a summary tab out on a grid: every sheet row with its style, widths, frozen rows, chart ranges. Pure.
import { maskIdNumbersIn } from '../core/id-number';
import {
  type CellPosition,
  DEFAULT_FROZEN_ROWS,
  type NumberFormat,
  type SummaryCell,
  type SummaryRow,
  type SummaryTab,
  TAB_LAYOUT,
} from './model';
import { COLORS, TITLE_FONT_SIZE, toneFill } from './style';

export type CellContent =
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly format: NumberFormat | null };

export interface RowStyle {
  readonly bold: boolean;
  readonly fontSize: number | null;
  /** Background of every cell of the table's width (hex), or null. */
  readonly fill: string | null;
  readonly textColor: string | null;
}

export interface LaidRow {
  readonly cells: readonly CellContent[];
  readonly style: RowStyle | null;
}

/** A chart's place and its data: rows [firstRow, endRow) of the table, header on headerRow (zero-based). */
export interface ChartLayout {
  readonly title: string;
  readonly anchor: CellPosition;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly endRow: number;
  readonly categoryColumn: number;
  readonly valueColumns: readonly number[];
}

export interface TabLayout {
  /** Every sheet row from the top (row 0 is the title). */
  readonly rows: readonly LaidRow[];
  /** Width of the table in columns (at least 1). */
  readonly columnCount: number;
  /** One width per table column, in Excel character units. */
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  /** Null when the tab has no chart or no data row to draw. */
  readonly chart: ChartLayout | null;
}

const BLANK: CellContent = { kind: 'blank' };

/** Reads a model cell; text keeps every character, except that ID-number-like runs are masked (privacy net). */
export function readCell(cell: SummaryCell): CellContent {
  if (cell === null) return BLANK;
  if (typeof cell === 'string') return cell === '' ? BLANK : { kind: 'text', text: maskIdNumbersIn(cell) };
  const [value, format] = typeof cell === 'number' ? [cell, null] : [cell.value, cell.format];
  return Number.isFinite(value) ? { kind: 'number', value, format } : BLANK;
}

const plain = (bold = false): RowStyle => ({ bold, fontSize: null, fill: null, textColor: null });
const text = (t: string): CellContent[] => (t ? [readCell(t)] : []);

function dataRow(row: SummaryRow, columns: number): LaidRow {
  const cells = Array.from({ length: columns }, (_, c) => readCell(row.cells[c] ?? null));
  const style: RowStyle = {
    bold: row.bold === true,
    fontSize: null,
    fill: toneFill(row.tone),
    textColor: row.tone === 'muted' ? COLORS.mutedText : null,
  };
  return { cells, style };
}

/** Display width in character units: CJK and full-width characters count two. */
export function textWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

function estimateWidths(tab: SummaryTab, columns: number): number[] {
  return Array.from({ length: columns }, (_, c) => {
    let widest = textWidth(tab.header[c] ?? '');
    for (const row of tab.rows) {
      const cell = readCell(row.cells[c] ?? null);
      if (cell.kind === 'text') widest = Math.max(widest, textWidth(cell.text));
      if (cell.kind === 'number') widest = Math.max(widest, String(Math.round(cell.value)).length + 3);
    }
    return Math.min(Math.max(widest, 6), 40) + 2;
  });
}

export function layOutTab(tab: SummaryTab): TabLayout {
  const columnCount = Math.max(tab.header.length, 1);
  const headerStyle: RowStyle = { ...plain(true), fill: COLORS.header };
  const rows: LaidRow[] = [
    { cells: text(tab.title), style: { ...plain(true), fontSize: TITLE_FONT_SIZE } },
    { cells: text(tab.info), style: null },
    { cells: [], style: null },
    {
      cells: Array.from({ length: columnCount }, (_, c) => readCell(tab.header[c] ?? null)),
      style: headerStyle,
    },
    ...tab.rows.map((row) => dataRow(row, columnCount)),
  ];
  if (tab.notes?.length)
    rows.push({ cells: [], style: null }, ...tab.notes.map((n) => ({ cells: text(n), style: null })));

  const estimated = estimateWidths(tab, columnCount);
  const columnWidths = estimated.map((w, c) => tab.columnWidths?.[c] ?? w);
  const { headerRow, firstDataRow } = TAB_LAYOUT;
  const chart: ChartLayout | null =
    tab.chart && tab.rows.length
      ? {
          title: tab.chart.title,
          anchor: tab.chart.anchor ?? { row: headerRow, column: columnCount + 1 },
          headerRow,
          firstRow: firstDataRow,
          endRow: firstDataRow + (tab.chart.rowCount ?? tab.rows.length),
          categoryColumn: tab.chart.categoryColumn,
          valueColumns: tab.chart.valueColumns,
        }
      : null;
  return { rows, columnCount, columnWidths, frozenRows: tab.frozenRows ?? DEFAULT_FROZEN_ROWS, chart };
}
