// The summary document: plain data that a layout fills and the Sheets and Excel writers render. No I/O.
//
// Every tab is laid out the same way (rows are 1-based as people read them):
//   row 1  title (bold, larger)
//   row 2  info line (`计算时间：… 考评年度：…`; clients read A2)
//   row 3  empty
//   row 4  header (bold, grey fill)
//   row 5… one sheet row per SummaryRow
//   then   one empty row and the notes, one line each, in column A
// The constants below give the same positions zero-based, as the writers use them.

/** Zero-based sheet rows of the fixed parts of every tab. */
export const TAB_LAYOUT = { titleRow: 0, infoRow: 1, headerRow: 3, firstDataRow: 4 } as const;

/** Rows frozen when a tab does not say: title, info, the empty row and the header. */
export const DEFAULT_FROZEN_ROWS = TAB_LAYOUT.headerRow + 1;

/**
 * How a number is shown; the value stays a number so sheets can sort and chart it.
 * - `integer` 4702 · `decimal1` 86.5 · `decimal2` 86.53
 * - `percent1` takes a ratio: 0.158 shows as 15.8%
 * - `delta` a signed change with one decimal: +2.5, -1.0, 0.0
 * - `deltaInteger` a signed whole change (ranks, counts): +2, -1, 0
 */
export type NumberFormat = 'integer' | 'decimal1' | 'decimal2' | 'percent1' | 'delta' | 'deltaInteger';

/** A number with an explicit display format. */
export interface FormattedNumber {
  readonly value: number;
  readonly format: NumberFormat;
}

/**
 * One cell. A string is ALWAYS literal text: `=cmd`, `001` or `2026-11-25` are written as typed, never
 * as a formula, number or date. A bare number uses the sheet's general format. `null` is an empty cell.
 * A number that is not finite (NaN, Infinity) is written as an empty cell. Safety net: a run of 15–18 digits
 * (an ID number) in text is written masked, `110101********1234`, whatever the layout forgot.
 */
export type SummaryCell = string | number | null | FormattedNumber;

/** Row fill: reward light green (表彰), criticism light red (通报批评), warning light yellow; muted greys the text. */
export type RowTone = 'reward' | 'criticism' | 'warning' | 'muted';

export interface SummaryRow {
  /** One cell per header column, left to right; fewer cells leave the rest empty. */
  readonly cells: readonly SummaryCell[];
  readonly tone?: RowTone | null;
  readonly bold?: boolean;
}

/** A zero-based sheet position: `{ row: 3, column: 8 }` is I4. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** A bar chart over the tab's data rows: one bar per row, one series per value column. */
export interface BarChart {
  readonly type: 'bar';
  readonly title: string;
  /** Zero-based header column whose cells name the bars (e.g. 乡镇). */
  readonly categoryColumn: number;
  /** Zero-based header columns holding numbers, one series each, named by their header cell. */
  readonly valueColumns: readonly number[];
  /** Data rows drawn, from the first; all by default (`rows.length - 1` leaves out a closing total row). */
  readonly rowCount?: number;
  /** The chart's top-left cell; by default beside the table (one empty column), level with the header. */
  readonly anchor?: CellPosition;
}

export interface SummaryTab {
  /** Tab name as users see it (考评排名); at most 31 characters and none of [ ] : * ? / \ (Excel's limits). */
  readonly name: string;
  readonly title: string;
  readonly info: string;
  readonly header: readonly string[];
  readonly rows: readonly SummaryRow[];
  /** Column widths in Excel character units (a Chinese character needs about 2); estimated when absent. */
  readonly columnWidths?: readonly number[];
  /** Rows kept in view when scrolling; DEFAULT_FROZEN_ROWS when absent, 0 for none. */
  readonly frozenRows?: number;
  readonly chart?: BarChart;
  /** Footer lines below the table (说明、口径). */
  readonly notes?: readonly string[];
}

/** What one spreadsheet or workbook receives: its tabs, in order. */
export interface SummaryDocument {
  readonly tabs: readonly SummaryTab[];
}
