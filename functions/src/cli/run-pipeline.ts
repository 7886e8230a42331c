// `run`: read the ledger folder, push it through ingest, assess, write the summaries — timing every stage.
import { resolve } from 'node:path';
import { runAssessment } from '../assess/assess-service';
import { firestoreAssessDeps } from '../assess/firestore-assess-deps';
import { loadAssessmentConfig } from '../config/env-config';
import type { CivilDate } from '../core/dates/civil-date';
import { LedgerFolderError, readLedgerFolder } from '../local/push/ledger-folder';
import { type PushReport, pushCounty, totalRows } from '../local/push/push-county';
import { loadLocalState } from '../local/stack/local-state';
import { consoleLogger } from '../log/logger';
import { createPublisher, workbookTargets } from '../report/publish-summaries';
import { writeSummaryWorkbook } from '../summary';
import { annotateTownships } from './annotate-townships';
import { CliError, EXIT } from './exit-codes';
import { connectStack } from './local-stack-connection';
import type { Output } from './output';

export interface RunOptions {
  ledgers: string;
  out: string;
  county: string;
  year?: number;
  today: CivilDate;
  dataDir: string;
  fresh: boolean;
}

export async function runPipeline(options: RunOptions, output: Output) {
  process.env.SHUANGPEI_TODAY = options.today;
  const config = loadAssessmentConfig(process.env); // before anything starts: a wrong setting is exit 2
  const out = resolve(options.out);
  const folder = await output
    .stage('读取台账', () => readLedgerFolder(options.ledgers))
    .catch((error) => {
      throw error instanceof LedgerFolderError ? new CliError(error.message, EXIT.usage) : error;
    });
  const state = await loadLocalState(resolve(options.dataDir));
  const stack = await output.stage('启动本地服务（Firestore 模拟器 + 云函数）', () =>
    connectStack({ state, fresh: options.fresh, summaries: `xlsx:${out}` }),
  );
  if (stack.reused) output.say(`  使用正在运行的 shuangpei serve：${stack.functionsUrl}`);
  try {
    const bar = output.progress('同步', totalRows(folder));
    const pushed: PushReport[] = await output
      .stage('同步台账（经 ingest 接口，与表格脚本相同）', () =>
        pushCounty(folder, {
          db: stack.db,
          functionsUrl: stack.functionsUrl,
          county: options.county,
          token: stack.token,
          rowKeySecret: stack.rowKeySecret,
          onRows: bar.tick,
        }),
      )
      .finally(() => bar.stop());
    const annotated = await output.stage('写出标注的台账副本（错误标红、提示标黄）', () =>
      annotateTownships(folder, pushed, out),
    );
    const publisher = createPublisher(writeSummaryWorkbook, workbookTargets(out), consoleLogger);
    const run = await output
      .stage('考评并写出汇总表', () =>
        runAssessment(
          options.county,
          options.year,
          firestoreAssessDeps(stack.db, {
            config,
            publish: publisher,
            today: () => options.today,
            log: consoleLogger,
          }),
        ),
      )
      .catch((error) => {
        if ((error as Error).name === 'AssessmentConfigError')
          throw new CliError((error as Error).message, EXIT.usage);
        throw error;
      });
    return { folder, pushed, annotated, run, out, reusedStack: stack.reused };
  } finally {
    await output.stage(stack.reused ? '断开本地服务' : '保存本地数据并关闭服务', () => stack.stop());
  }
}

export type RunOutcome = Awaited<ReturnType<typeof runPipeline>>;
