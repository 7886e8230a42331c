// `shuangpei report --year YYYY --out DIR`: the 通报 and the 工作总结 (.docx) from the year's latest stored snapshot.
import { resolve } from 'node:path';
import type { Firestore } from 'firebase-admin/firestore';
import type { CivilDate } from '../../core/dates/civil-date';
import { loadLocalState } from '../../local/stack/local-state';
import { noticeSettings } from '../../report/documents/notice-settings';
import { readReportSnapshot, SnapshotShapeError } from '../../report/documents/report-snapshot';
import { writeDocuments } from '../../report/documents/write-documents';
import { readLatestSnapshotMain, readPrevious } from '../../store/firestore/snapshots';
import { CliError, EXIT } from '../exit-codes';
import { connectStack } from '../local-stack-connection';
import type { Output } from '../output';

export interface ReportOptions {
  year: number;
  out: string;
  county: string;
  dataDir: string;
  /** The cloud Firestore of this project (Application Default Credentials) instead of the local data. */
  project?: string;
  issuer?: string;
  issuedOn?: CivilDate;
}

async function openFirestore(options: ReportOptions, output: Output) {
  if (options.project) {
    process.env.GOOGLE_CLOUD_PROJECT = options.project;
    const { firestore } = await import('../../runtime');
    return { db: firestore(), close: async () => undefined };
  }
  const state = await loadLocalState(resolve(options.dataDir));
  const stack = await output.stage('启动本地数据（Firestore 模拟器）', () =>
    connectStack({ state, fresh: false, summaries: 'none' }),
  );
  return {
    db: stack.db,
    close: () => output.stage('关闭本地数据', () => stack.stop()).then(() => undefined),
  };
}

/** Reads the snapshot and writes both documents; the caller owns the database. */
export async function writeReportFrom(db: Firestore, options: Omit<ReportOptions, 'dataDir' | 'project'>) {
  const stored = await readLatestSnapshotMain(db, options.county, options.year);
  if (!stored)
    throw new CliError(
      `${options.county}${options.year}年度还没有考评结果：请先运行考评（shuangpei run --ledgers 台账文件夹 --year ${options.year}），再生成通报和工作总结`,
      EXIT.usage,
    );
  let snapshot: ReturnType<typeof readReportSnapshot>;
  try {
    snapshot = readReportSnapshot(stored.data);
  } catch (error) {
    if (error instanceof SnapshotShapeError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
  const previousYear = (await readPrevious(db, options.county, options.year)) !== null;
  const settings = noticeSettings(snapshot, { issuer: options.issuer, issuedOn: options.issuedOn });
  const written = await writeDocuments(snapshot, { out: options.out, settings, previousYear });
  return { snapshotId: stored.id, previousYear, settings, ...written };
}

export async function reportCommand(options: ReportOptions, output: Output): Promise<number> {
  const { db, close } = await openFirestore(options, output);
  try {
    const written = await writeReportFrom(db, options);
    if (output.json) output.document(written);
    else {
      output.say(
        `考评快照：${written.snapshotId}${written.previousYear ? '' : `（${options.year - 1}年度没有考评结果，不写与上年比较）`}`,
      );
      if (written.draft) output.say('排名为暂定（有乡镇尚未录入定性考评）：通报为草稿，不含表彰和通报批评');
      output.say(`通报：${written.notice}`);
      output.say(`工作总结：${written.summary}`);
    }
    return EXIT.ok;
  } finally {
    await close();
  }
}
