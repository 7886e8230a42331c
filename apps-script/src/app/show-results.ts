// Writes verdicts next to the data, one run of rows at a time: two reads and three writes per run.
import type { IngestAnswer } from './ingest-client';
import { paintedColumns, type TabLayout } from './layout';
import type { SheetPort } from './ports';
import type { Verdict } from './render-results';
import { paintRun } from './render-results';
import { runsOf } from './runs';

export const STALE_NOTE = '服务器上已有此行更新的版本（行版本更高），本次内容未写入；请核对本行后重新修改';

export function paintVerdicts(sheet: SheetPort, layout: TabLayout, verdicts: readonly Verdict[]): void {
  const byRow = new Map(verdicts.map((v) => [v.row, v]));
  const { first, count } = paintedColumns(layout);
  for (const run of runsOf(byRow.keys())) {
    const rows = Array.from({ length: run.count }, (_, i) => byRow.get(run.start + i)!);
    const notes = sheet.notes(run.start, first, run.count, count);
    const backgrounds = sheet.backgrounds(run.start, first, run.count, count);
    const painted = paintRun(layout, first, rows, notes, backgrounds);
    sheet.setNotes(run.start, first, painted.notes);
    sheet.setBackgrounds(run.start, first, painted.backgrounds);
    sheet.setValues(run.start, layout.statusColumn, painted.statuses);
  }
}

/**
 * Shows an answer on the rows that now hold its keys (rows may have moved while the request was out).
 * Rows edited again meanwhile keep 待同步: their own answer comes with the next request.
 */
export function showAnswer(
  sheet: SheetPort,
  layout: TabLayout,
  answer: IngestAnswer,
  editedSince: { keys: Set<string>; rows: Set<number> },
): void {
  const count = sheet.lastRow() - 1;
  const keys = count > 0 ? sheet.values(2, layout.keyColumn, count, 1) : [];
  const rowOf = new Map<string, number>();
  keys.forEach(([key], i) => {
    if (key) rowOf.set(String(key), i + 2);
  });
  const verdicts: Verdict[] = [];
  for (const r of answer.rows) {
    const row = rowOf.get(r.key);
    if (row === undefined || editedSince.keys.has(r.key) || editedSince.rows.has(row)) continue;
    // A stale answer describes the stored (newer) version, not this row: say so instead of painting its issues.
    verdicts.push(
      r.result === 'stale'
        ? { row, status: 'error', errors: [], warnings: [], note: STALE_NOTE }
        : { row, status: r.status, errors: r.errors, warnings: r.warnings },
    );
  }
  paintVerdicts(sheet, layout, verdicts);
}
