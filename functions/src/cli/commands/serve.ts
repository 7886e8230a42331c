// `shuangpei serve`: keeps the local stack up — functions on a port, data persisted under .data/, a daily
// assessment, and a watch on the ledger folder that re-pushes a workbook when it is saved.
import { basename, extname, resolve } from 'node:path';
import { watch } from 'chokidar';
import { Cron } from 'croner';
import { runAssessment } from '../../assess/assess-service';
import { firestoreAssessDeps } from '../../assess/firestore-assess-deps';
import { loadAssessmentConfig } from '../../config/env-config';
import { civilDateInCounty } from '../../core/dates/civil-date';
import { readLedgerFolder } from '../../local/push/ledger-folder';
import { pushCounty } from '../../local/push/push-county';
import { startLocalStack } from '../../local/stack/local-stack';
import { loadLocalState } from '../../local/stack/local-state';
import { readLedgerWorkbook } from '../../local/workbooks';
import { consoleLogger } from '../../log/logger';
import { createPublisher, workbookTargets } from '../../report/publish-summaries';
import { writeSummaryWorkbook } from '../../summary';
import { recordRunningStack } from '../local-stack-connection';
import type { Output } from '../output';

/** Files the watch re-pushes when saved (any other file is read only by \`run\`, which says what it is). */
const WATCHED = new Set(['.xlsx', '.xls', '.et', '.ods', '.csv']);

export interface ServeOptions {
  ledgers?: string;
  out: string;
  county: string;
  dataDir: string;
  port: number;
  schedule: string;
  fresh: boolean;
}

export async function serveCommand(options: ServeOptions, output: Output): Promise<number> {
  const out = resolve(options.out);
  const config = loadAssessmentConfig(process.env); // before the stack starts: a wrong setting is exit 2
  const state = await loadLocalState(resolve(options.dataDir));
  const stack = await startLocalStack({
    state,
    persist: true,
    fresh: options.fresh,
    summaries: `xlsx:${out}`,
    port: options.port,
  });
  const forget = await recordRunningStack(state, stack);
  if (stack.recovered) output.say(`已按同步日志恢复上次未保存的 ${stack.recovered} 次同步`);
  const push = { ...stack, functionsUrl: stack.functionsUrl, county: options.county };
  output.say(
    `本地服务已启动：\n  云函数 ${stack.functionsUrl}/ingest、/assessNow、/assess\n  Firestore 模拟器 ${stack.emulatorHost}（数据保存在 ${state.dataDir}）`,
  );

  const assess = async () => {
    const today = civilDateInCounty(new Date());
    const run = await runAssessment(
      options.county,
      undefined,
      firestoreAssessDeps(stack.db, {
        config,
        publish: createPublisher(writeSummaryWorkbook, workbookTargets(out), consoleLogger),
        today: () => today,
        log: consoleLogger,
      }),
    );
    output.say(`[${new Date().toISOString()}] 已完成 ${run.year} 年度考评，汇总表写入 ${out}`);
  };
  // Shutdown waits for a run in progress, so the data is exported whole. The schedule starts only once the
  // folder is pushed whole: an assessment of a half-pushed county would publish figures nobody entered.
  let running: Promise<void> = Promise.resolve();
  const startSchedule = () => {
    const cron = new Cron(options.schedule, { timezone: 'Asia/Shanghai', protect: true }, () => {
      running = assess().catch((e) => output.say(`考评失败：${(e as Error).message}`));
      return running;
    });
    output.say(`  每日考评：${options.schedule}（北京时间），下次 ${cron.nextRun()?.toISOString() ?? '—'}`);
    return cron;
  };

  let watcher: ReturnType<typeof watch> | null = null;
  if (options.ledgers) {
    const dir = resolve(options.ledgers);
    await pushCounty(await readLedgerFolder(dir), push);
    output.say(`  已同步 ${dir}，正在监视其中的表格（.xlsx .xls .et .ods .csv），保存后自动重新同步`);
    watcher = watch(dir, { ignoreInitial: true, depth: 0, awaitWriteFinish: { stabilityThreshold: 800 } });
    const onSave = async (file: string) => {
      const name = basename(file);
      if (!WATCHED.has(extname(name).toLowerCase()) || name.startsWith('~$')) return;
      const workbook = await readLedgerWorkbook(file);
      const folder =
        workbook.kind === 'county'
          ? { county: { file, workbook }, townships: [], skipped: [], files: [] }
          : {
              county: null,
              townships: [{ township: basename(name, extname(name)), file, workbook }],
              skipped: [],
              files: [],
            };
      const reports = await pushCounty(folder, push);
      const changed = reports
        .flatMap((r) => r.tabs)
        .reduce((n, t) => n + (t.counts ? t.counts.created + t.counts.updated + t.counts.deleted : 0), 0);
      output.say(`[${new Date().toISOString()}] ${name} 已重新同步：${changed} 行有变化`);
    };
    watcher.on(
      'add',
      (f) => void onSave(f).catch((e) => output.say(`同步 ${f} 失败：${(e as Error).message}`)),
    );
    watcher.on(
      'change',
      (f) => void onSave(f).catch((e) => output.say(`同步 ${f} 失败：${(e as Error).message}`)),
    );
  }

  const cron = startSchedule();

  const failed = await new Promise<string | null>((done) => {
    const shutdown = () => done(null);
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    void stack.failure.then(done);
  });
  if (failed) output.say(failed);
  else output.say('正在保存数据并关闭…');
  cron.stop();
  // A run stuck on a dead emulator is not waited for: the journal keeps every acknowledged write anyway.
  if (!failed) await running;
  await watcher?.close();
  await stack.stop().finally(forget);
  // Whatever a client library still retries against the dead emulator must not keep the process alive.
  setTimeout(() => process.exit(process.exitCode ?? (failed ? 1 : 0)), 3000).unref();
  return failed ? 1 : 0;
}
