// Puts the problems found in a workbook's ledger tabs onto its own sheets, rows and columns, for marking.
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { LedgerWorkbook } from '../local/workbooks';
import type { PlacedProblem } from '../local/workbooks/annotate/annotate-workbook';

export interface TabProblem {
  /** The ledger's tab name (乡土人才), as problems name it. */
  tab: string;
  row: number | null;
  /** The column's template header, or null. */
  column: string | null;
  severity: 'error' | 'warning';
  message: string;
}

/** Each problem on the worksheet that holds its ledger, in the column its header is in (1-based). */
export function placeProblems(workbook: LedgerWorkbook, problems: readonly TabProblem[]): PlacedProblem[] {
  return problems.map((p) => {
    const tab = workbook.tabs.find((t) => t.ledger.tab === p.tab);
    const index = tab && p.column ? tab.headerRow.indexOf(p.column) : -1;
    return {
      sheetName: tab?.sheetName ?? p.tab,
      row: p.row,
      column: index >= 0 ? index + 1 : null,
      header: p.column,
      severity: p.severity,
      message: p.message,
    };
  });
}

/** The marked copy's name: `城关镇-已标注.xlsx`, in `out` when it is a folder, else `out` itself. */
export function annotatedPath(source: string, out: string): string {
  const isFolder =
    out.endsWith('/') || out.endsWith('\\') || (existsSync(out) && statSync(out).isDirectory());
  return isFolder ? join(out, `${basename(source, extname(source))}-已标注.xlsx`) : out;
}
