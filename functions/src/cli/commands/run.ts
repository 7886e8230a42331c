// `shuangpei run --ledgers DIR --year YYYY --out DIR`: the whole system on this machine, end to end.
import type { Output } from '../output';
import { type RunOptions, runPipeline } from '../run-pipeline';
import { printRun, runExitCode } from '../run-report';

export async function runCommand(options: RunOptions, output: Output): Promise<number> {
  const outcome = await runPipeline(options, output);
  printRun(outcome, output);
  return runExitCode(outcome);
}
