// Prints what `run` did: the ranking table for people, or the whole assessment result as JSON.
import type { AssessmentResult } from '../core/assessment';
import { MARK_LABELS } from '../report/labels';
import {
  fileOutcome,
  filesJson,
  formatLabel,
  missingTownships,
  TOWNSHIP_STATUS_LABELS,
} from './folder-report';
import type { Output } from './output';
import type { RunOutcome } from './run-pipeline';

const signed = (n: number | null) => (n === null ? null : n > 0 ? `+${n}` : String(n));

/** The assessment as JSON: ranking with every indicator, every statistic by its stable key. */
export function resultJson(result: AssessmentResult) {
  return {
    county: result.county,
    year: result.year,
    today: result.today,
    config: result.config,
    ranking: result.ranking.map((t) => ({
      ...t,
      indicators: t.indicators.map((i) => ({
        ...i,
        parts: i.parts.map(({ trace, ...p }) => ({ ...p, rows: trace.length, trace })),
      })),
    })),
    statistics: Object.fromEntries(result.statistics.map(({ key, ...s }) => [key, s])),
    reminders: result.reminders,
    dataQuality: result.dataQuality,
    /** 菜单式培训: per township, with each request and the class that served it; the courses to organise. */
    trainingRequests: result.trainingRequests,
    coursesToSchedule: result.coursesToSchedule,
    /** 三联督办: per leader and contact township, per township, and visits outside contact townships. */
    liaison: result.liaison,
    unknownTownships: result.unknownTownships,
    notSubmitted: result.notSubmitted,
  };
}

export function printRun(outcome: RunOutcome, output: Output): void {
  const { run, pushed, folder } = outcome;
  const missing = missingTownships(run.result, folder);
  if (output.json) {
    const json = {
      ...resultJson(run.result),
      files: filesJson(folder),
      missingTownships: missing,
      snapshotId: run.snapshotId,
      computedAt: run.computedAt,
      pushed: pushed.map((p) => ({
        source: p.source,
        tabs: p.tabs.map(({ errors, warnings, ...t }) => ({
          ...t,
          errors: errors.length,
          warnings: warnings.length,
        })),
      })),
      summaries: run.published,
      annotated: outcome.annotated,
      timings: output.timings,
    };
    output.document(json);
    return;
  }
  output.say('');
  output.say(`台账文件夹中的文件（${folder.files.length} 个）：`);
  output.table(
    ['文件', '格式', '结果', '台账行数', '说明'],
    folder.files.map((f) => [f.name, formatLabel(f), fileOutcome(f), f.rows, f.reason ?? '']),
  );
  output.say('');
  output.say('同步结果（行数）：');
  output.table(
    ['来源', '新增', '更新', '未变', '删除', '有错误', '有提示', '整表被拒'],
    pushed.map((p) => {
      const sum = (k: 'created' | 'updated' | 'unchanged' | 'deleted' | 'withErrors' | 'withWarnings') =>
        p.tabs.reduce((n, t) => n + (t.counts?.[k] ?? 0), 0);
      const refused = p.tabs.filter((t) => t.failure).map((t) => `${t.tab}：${t.failure}`);
      return [
        p.source,
        sum('created'),
        sum('updated'),
        sum('unchanged'),
        sum('deleted'),
        sum('withErrors'),
        sum('withWarnings'),
        refused.join('；') || '',
      ];
    }),
  );
  output.say('');
  output.say(`${run.result.county}${run.year}年度“双培双带”考评排名（计算日 ${run.result.today}）：`);
  output.table(
    ['排名', '乡镇', '定量得分', '定性得分', '总分', '等次', '奖惩', '名次变化'],
    run.result.ranking.map((t) => [
      t.rank,
      t.township,
      t.quantitative.toFixed(2),
      t.qualitative.entered ? t.qualitative.score.toFixed(1) : '未录入',
      t.total.toFixed(2),
      t.band,
      t.mark ? MARK_LABELS[t.mark] : '',
      signed(t.change.rank),
    ]),
  );
  if (missing.length) {
    output.say('以下乡镇没有可读取的台账，不参加排名、表彰和通报批评：');
    output.table(
      ['乡镇', '状态', '文件', '原因'],
      missing.map((m) => [m.township, TOWNSHIP_STATUS_LABELS[m.status], m.file, m.reason]),
    );
  }
  output.say('');
  for (const p of run.published) {
    output.say(p.ok ? `  已写出：${p.label}` : `  未写出：${p.label}（${p.error?.message ?? ''}）`);
  }
  const marked = outcome.annotated.filter((a) => a.errors + a.warnings > 0).length;
  output.say(
    `  已写出 ${outcome.annotated.length} 个乡镇的标注台账（台账标注-乡镇.xlsx，${marked} 个有问题，错误标红、提示标黄并加批注）`,
  );
  output.say(`汇总表在：${outcome.out}`);
  output.say(`用时：${output.timings.map((t) => `${t.stage} ${t.seconds} 秒`).join('；')}`);
}

/**
 * 1 when something a person should look at went wrong — a summary not written, a tab refused, rows with
 * errors, a file refused, a township of 乡镇设置 without a readable ledger — else 0. The demo's sample county
 * holds mistakes on purpose: `rowErrors: false` leaves them out.
 */
export const runExitCode = (outcome: RunOutcome, { rowErrors = true } = {}): number =>
  outcome.run.published.some((p) => !p.ok) ||
  outcome.pushed.some((p) =>
    p.tabs.some((t) => t.failure || (rowErrors && (t.counts?.withErrors ?? 0) > 0)),
  ) ||
  outcome.folder.files.some((f) => f.status === 'refused') ||
  outcome.run.result.notSubmitted.length > 0
    ? 1
    : 0;
