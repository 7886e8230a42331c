// Data quality per township: rows, rows with errors or warnings, duplicates, and the commonest problems.
import type { TownshipRows } from './county-data';
import { round } from './indicators/measure';

export interface DataQuality {
  township: string;
  rows: number;
  withErrors: number;
  withWarnings: number;
  /** Rows refused because the person is already registered elsewhere in the county. */
  duplicates: number;
  /** Share of rows without errors, in percent. */
  cleanShare: number;
  /** The most frequent problems: column, rule and how many rows. */
  topIssues: { column: string; ruleId: string; rows: number }[];
  /** Where the duplicates are, to fix them: ledger, row, and the message (which never holds an ID number). */
  duplicateRows: { ledger: string; key: string; sheetRow: number | null; message: string }[];
}

export function dataQualityOf(group: TownshipRows): DataQuality {
  const rows = group.all;
  const withErrors = rows.filter((r) => r.status === 'error');
  const counts = new Map<string, { column: string; ruleId: string; rows: number }>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const issue of [...row.errors, ...row.warnings]) {
      const id = `${issue.column}|${issue.ruleId}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const entry = counts.get(id) ?? { column: issue.column, ruleId: issue.ruleId, rows: 0 };
      entry.rows += 1;
      counts.set(id, entry);
    }
  }
  const duplicateRows = rows.flatMap((r) =>
    r.errors
      .filter((e) => e.ruleId === 'county.duplicate-person')
      .map((e) => ({ ledger: r.ledger, key: r.key, sheetRow: r.sheetRow, message: e.message })),
  );
  return {
    township: group.township,
    rows: rows.length,
    withErrors: withErrors.length,
    withWarnings: rows.filter((r) => r.status === 'warning').length,
    duplicates: duplicateRows.length,
    cleanShare: rows.length ? round((100 * (rows.length - withErrors.length)) / rows.length, 1) : 0,
    topIssues: [...counts.values()]
      .sort(
        (a, b) =>
          b.rows - a.rows || a.column.localeCompare(b.column, 'zh-CN') || a.ruleId.localeCompare(b.ruleId),
      )
      .slice(0, 5),
    duplicateRows,
  };
}
