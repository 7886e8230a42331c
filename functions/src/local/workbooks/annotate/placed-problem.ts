// A problem placed on the clerk's workbook: sheet, row and column, and the colours a marked cell gets.
import { columnLetter } from '../write-ledger-sheet';

/** One problem, placed: the worksheet, its 1-based row and column (null for the row or the whole sheet). */
export interface PlacedProblem {
  sheetName: string;
  row: number | null;
  column: number | null;
  /** The column's Chinese header, for the list. */
  header: string | null;
  severity: 'error' | 'warning';
  message: string;
}

/** Excel's own “bad” red and “neutral” yellow. */
export const ERROR_FILL = 'FFFFC7CE';
export const WARNING_FILL = 'FFFFEB9C';

/** `C7`, or null for a problem with no cell of its own. */
export const cellAddress = (p: Pick<PlacedProblem, 'row' | 'column'>): string | null =>
  p.row !== null && p.column !== null ? `${columnLetter(p.column)}${p.row}` : null;
