// One measured run in a fresh process over a big sheet: `read` only reads the workbook (the baseline);
// `validate` reads and checks every row as `shuangpei validate` does; `annotate` also writes the marked
// copy. Prints {seconds, cpuSeconds, maxRssMb, problems} as JSON (CPU time tells a loaded machine apart). Used by validate-scale.ts.
import { collectProblems } from '../../functions/src/cli/commands/validate';
import { placeProblems } from '../../functions/src/cli/place-problems';
import { annotateWorkbook } from '../../functions/src/local/workbooks/annotate/annotate-workbook';
import { readLedgerWorkbook } from '../../functions/src/local/workbooks/read-ledger-workbook';

const [mode, file, out] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
let problems = 0;
if (mode === 'read') {
  const workbook = await readLedgerWorkbook(file);
  problems = workbook.tabs[0]!.rows.length;
} else {
  const validation = await collectProblems(file, '2026-12-01');
  problems = validation.problems.length;
  if (mode === 'annotate')
    await annotateWorkbook(file, out, placeProblems(validation.workbook, validation.problems));
}
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, maxRssMb: usage.maxRSS / 1024, problems })}\n`);
