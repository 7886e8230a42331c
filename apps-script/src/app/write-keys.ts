// Before a request: new keys and revisions into the hidden columns, 待同步 beside them; blank rows cleared.
import { SYNC_STATUSES } from '../../../functions/src/core/ledgers';
import type { TabLayout } from './layout';
import type { Cell, SheetPort } from './ports';
import type { TabPlan } from './prepare-tab';
import { runsOf } from './runs';
import { paintVerdicts } from './show-results';

export function writeKeys(sheet: SheetPort, layout: TabLayout, plan: TabPlan): void {
  const byRow = new Map(plan.keyWrites.map((w) => [w.row, w]));
  const adjacent = layout.revisionColumn === layout.keyColumn + 1;
  for (const run of runsOf(byRow.keys())) {
    const writes = Array.from({ length: run.count }, (_, i) => byRow.get(run.start + i)!);
    if (adjacent) {
      sheet.setValues(
        run.start,
        layout.keyColumn,
        writes.map((w) => [w.key, w.revision]),
      );
    } else {
      sheet.setValues(
        run.start,
        layout.keyColumn,
        writes.map((w) => [w.key]),
      );
      sheet.setValues(
        run.start,
        layout.revisionColumn,
        writes.map((w) => [w.revision]),
      );
    }
    sheet.setValues(
      run.start,
      layout.statusColumn,
      writes.map(() => [SYNC_STATUSES.pending]),
    );
  }
  for (const run of runsOf(plan.clears)) {
    const empty: Cell[][] = Array.from({ length: run.count }, () => ['']);
    sheet.setValues(run.start, layout.keyColumn, empty);
    sheet.setValues(run.start, layout.revisionColumn, empty);
  }
  paintVerdicts(
    sheet,
    layout,
    plan.clears.map((row) => ({ row, status: 'cleared', errors: [], warnings: [] })),
  );
}
