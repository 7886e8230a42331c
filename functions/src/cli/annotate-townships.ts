// `run` writes, for every township workbook it read, a marked copy into the output folder: the problems
// `ingest` answered (county-wide ones included) on the clerk's own cells, and a 问题清单 tab.
import { join } from 'node:path';
import type { LedgerFolder } from '../local/push/ledger-folder';
import type { PushReport } from '../local/push/push-county';
import { annotateWorkbook } from '../local/workbooks/annotate/annotate-workbook';
import { placeProblems, type TabProblem } from './place-problems';

/** Where the marked copy of a township's workbook goes. */
export const annotatedName = (township: string) => `台账标注-${township}.xlsx`;

/** The problems of one township: its tabs' sheet problems, refusals, and every row's errors and warnings. */
function problemsOf(folder: LedgerFolder, township: string, report: PushReport | undefined): TabProblem[] {
  const workbook = folder.townships.find((t) => t.township === township)!.workbook;
  const problems: TabProblem[] = [];
  for (const tab of workbook.tabs) {
    for (const issue of tab.sheetIssues)
      problems.push({
        tab: tab.ledger.tab,
        row: null,
        column: null,
        severity: issue.severity,
        message: issue.message,
      });
    const pushed = report?.tabs.find((t) => t.tab === tab.ledger.tab);
    if (!pushed) continue;
    if (pushed.failure)
      problems.push({
        tab: tab.ledger.tab,
        row: null,
        column: null,
        severity: 'error',
        message: pushed.failure,
      });
    for (const e of pushed.errors) problems.push({ ...e, severity: 'error' });
    for (const w of pushed.warnings) problems.push({ ...w, severity: 'warning' });
  }
  return problems;
}

export interface AnnotatedTownship {
  township: string;
  file: string;
  errors: number;
  warnings: number;
}

export async function annotateTownships(
  folder: LedgerFolder,
  pushed: readonly PushReport[],
  out: string,
): Promise<AnnotatedTownship[]> {
  const written: AnnotatedTownship[] = [];
  for (const { township, file, workbook } of folder.townships) {
    const problems = problemsOf(
      folder,
      township,
      pushed.find((p) => p.source === township),
    );
    const target = join(out, annotatedName(township));
    await annotateWorkbook(file, target, placeProblems(workbook, problems));
    const errors = problems.filter((p) => p.severity === 'error').length;
    written.push({ township, file: target, errors, warnings: problems.length - errors });
  }
  return written;
}
