// `shuangpei demo`: generates the sample county as workbooks and runs it end to end.
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  COUNTY_OFFICE,
  generateSampleCounty,
  SAMPLE_COUNTY_NAME,
  TOWNSHIP_NAMES,
  writeSampleCounty,
} from '../../../../tools/sample-county';
import { yearOf } from '../../core/dates/civil-date';
import { noticeSettings } from '../../report/documents/notice-settings';
import { readReportSnapshot } from '../../report/documents/report-snapshot';
import { writeDocuments } from '../../report/documents/write-documents';
import { snapshotDocuments } from '../../store/firestore/snapshots';
import type { Output } from '../output';
import { type RunOptions, runPipeline } from '../run-pipeline';
import { printRun, runExitCode } from '../run-report';

export interface DemoOptions extends Omit<RunOptions, 'county'> {
  scale: number;
  seed: number;
}

export async function demoCommand(options: DemoOptions, output: Output): Promise<number> {
  const year = options.year ?? yearOf(options.today);
  const dir = resolve(options.ledgers);
  await output.stage(`生成示范县台账（规模 ${options.scale}，种子 ${options.seed}）`, async () => {
    const county = generateSampleCounty({
      seed: options.seed,
      scale: options.scale,
      year,
      today: options.today,
    });
    await mkdir(dir, { recursive: true });
    // Remove only workbooks an earlier demo may have written (another scale may have had more townships).
    for (const name of [COUNTY_OFFICE, ...TOWNSHIP_NAMES])
      await rm(join(dir, `${name}.xlsx`), { force: true });
    await writeSampleCounty(dir, county);
  });
  const outcome = await runPipeline({ ...options, county: SAMPLE_COUNTY_NAME, year }, output);
  // The documents `shuangpei report` writes, from the snapshot document this run stored (the same pure
  // function made it); last year's change is told only when last year had an assessment.
  const { result, computedAt } = outcome.run;
  const snapshot = readReportSnapshot(snapshotDocuments(result, new Date(computedAt))[0]!.data);
  const documents = await output.stage('写出考评结果通报和工作总结（.docx）', () =>
    writeDocuments(snapshot, {
      out: outcome.out,
      settings: noticeSettings(snapshot),
      previousYear: result.ranking.some((t) => t.change.rank !== null),
    }),
  );
  printRun(outcome, output);
  output.say(`通报：${documents.notice}`);
  output.say(`工作总结：${documents.summary}`);
  return runExitCode(outcome, { rowErrors: false }); // the sample county's mistakes are on purpose
}
