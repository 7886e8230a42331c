// Lays the assessment out as the county spreadsheet's tabs: 考评排名, 全县统计, 预警提醒, 数据质量.
import { type AssessmentResult, LEFT_OUT_NOTE, STATISTIC_NOTES, type Statistic } from '../core/assessment';
import type { SummaryCell, SummaryDocument, SummaryRow, SummaryTab } from '../summary';
import { noticeTab } from './documents/notice-tab';
import { infoLine, MARK_LABELS, REMINDER_LABELS, ruleLabel, tabOf } from './labels';
import { liaisonTab, trainingRequestsTab } from './programme-tabs';

const num = (
  value: number,
  format: 'integer' | 'decimal1' | 'decimal2' | 'percent1' | 'delta' | 'deltaInteger',
) => ({ value, format });
/** A percentage with one decimal (92.3) as the ratio a percent format shows (0.923), without float noise. */
const ratio = (percent: number) => Math.round(percent * 10) / 1000;
const orNull = (value: number | null, format: 'delta' | 'deltaInteger' | 'decimal2') =>
  value === null ? null : num(value, format);

function rankingTab(result: AssessmentResult, info: string): SummaryTab {
  const indicators = result.ranking[0]?.indicators ?? [];
  const header = [
    '排名',
    '乡镇',
    ...indicators.map((i) => `${i.label}(${i.weight})`),
    '定量得分',
    '定性得分',
    '加分',
    '扣分',
    '总分',
    '等次',
    '奖惩',
    '名次变化',
    '总分变化',
  ];
  const rows: SummaryRow[] = result.ranking.map((t) => ({
    tone: t.mark,
    cells: [
      t.rank,
      t.township,
      ...t.indicators.map((i) => num(i.points, 'decimal2')),
      num(t.quantitative, 'decimal2'),
      t.qualitative.entered ? num(t.qualitative.score, 'decimal1') : '未录入',
      num(t.qualitative.bonus, 'decimal1'),
      num(t.qualitative.penalty, 'decimal1'),
      num(t.total, 'decimal2'),
      t.band,
      t.mark ? MARK_LABELS[t.mark] : '',
      orNull(t.change.rank, 'deltaInteger'),
      orNull(t.change.total, 'delta'),
    ],
  }));
  const c = result.config;
  const share = Math.round(c.quantitativeShare * 100);
  return {
    name: '考评排名',
    title: `${result.county}${result.year}年度“双培双带”考评排名`,
    info,
    header,
    rows,
    chart: { type: 'bar', title: '各乡镇总分', categoryColumn: 1, valueColumns: [header.indexOf('总分')] },
    notes: [
      ...(result.provisional ? [`暂定排名：${result.provisional.reason}。`] : []),
      ...result.weightStability.lines.map((line) => `${line}。`),
      '各指标得分 = 本乡镇该项数值 ÷ 全县最好乡镇的数值 × 100，再乘以权重（括号内为满分）；定量得分为各指标得分之和。',
      `总分 = 定量得分 × ${share}% + 定性得分 × ${100 - share}% + 加分 − 扣分。等次：${c.bands.map((b) => `${b.name}（${b.min}分以上）`).join('、')}。`,
      `并列时依次比较定量得分、${c.tieBreak.length ? '各指定指标得分、' : ''}乡镇名称（按拼音）；前${c.rewardCount}名表彰，后${c.criticismCount}名通报批评。`,
      '名次变化：正数为比上年度前进的名次。每项数据均可追溯到台账中的具体行。',
    ],
  };
}

const statisticCells = (s: Statistic): SummaryCell[] => {
  const share = s.unit === '%';
  const value = share ? num(ratio(s.value), 'percent1') : num(s.value, 'integer');
  const last = share ? num(ratio(s.lastYear), 'percent1') : num(s.lastYear, 'integer');
  return [
    s.label,
    value,
    last,
    num(s.change, share ? 'delta' : 'deltaInteger'),
    share ? '百分点' : s.unit,
    s.wording.replace('{value}', String(s.value)),
  ];
};

/** Which figures left rows out for their errors, and how many (the rows are in 数据质量 and the traces). */
const leftOutNote = (statistics: readonly Statistic[]): string[] => {
  const some = statistics.filter((s) => s.leftOut > 0);
  return some.length
    ? [`因有错误未计入的行数：${some.map((s) => `${s.label}${s.leftOut}行`).join('；')}。`]
    : [];
};

function statisticsTab(result: AssessmentResult, info: string): SummaryTab {
  return {
    name: '全县统计',
    title: `${result.county}“双培双带”主要数据（${result.year}年度）`,
    info,
    header: ['项目', '本年度', '上年度', '增减', '单位', '按报告口径表述'],
    rows: result.statistics.map((s) => ({ cells: statisticCells(s) })),
    notes: [
      '“近两年”指上年度1月1日至今；上年度数值按同一台账截至上年末的情况重新计算（文化程度、实用技术、村级职务按现状计）。',
      ...STATISTIC_NOTES,
      ...leftOutNote(result.statistics),
    ],
  };
}

function remindersTab(result: AssessmentResult, info: string): SummaryTab {
  return {
    name: '预警提醒',
    title: `${result.county}“双培双带”预警提醒`,
    info,
    header: ['乡镇', '类别', '台账', '行号', '姓名', '身份证号', '到期日期', '需要做的事'],
    rows: result.reminders.map((r) => ({
      tone: r.dueOn !== null && r.dueOn < result.today ? 'warning' : null,
      cells: [
        r.township,
        REMINDER_LABELS[r.kind],
        tabOf(r.ledger),
        r.sheetRow,
        r.person?.name ?? '',
        r.person?.idNumber ?? '',
        r.dueOn ?? '',
        r.message,
      ],
    })),
    notes: ['身份证号已脱敏；黄色为已到期事项。'],
  };
}

function dataQualityTab(result: AssessmentResult, info: string): SummaryTab {
  const rows: SummaryRow[] = result.dataQuality.map((q) => ({
    tone: q.withErrors > 0 ? 'warning' : null,
    cells: [
      q.township,
      q.rows,
      q.withErrors,
      q.withWarnings,
      q.duplicates,
      num(ratio(q.cleanShare), 'percent1'),
      q.topIssues.map((i) => `${i.column}${ruleLabel(i.ruleId)}（${i.rows}行）`).join('；'),
    ],
  }));
  const duplicates = result.dataQuality.flatMap((q) =>
    q.duplicateRows.map((d) => ({ ...d, township: q.township })),
  );
  if (duplicates.length) {
    rows.push({ cells: [] }, { bold: true, cells: ['重复登记明细', '台账', '行号', '', '', '', '说明'] });
    for (const d of duplicates)
      rows.push({ cells: [d.township, tabOf(d.ledger), d.sheetRow, null, null, null, d.message] });
  }
  return {
    name: '数据质量',
    title: `${result.county}台账数据质量`,
    info,
    header: ['乡镇', '台账行数', '有错误行', '有提示行', '重复登记', '无错误占比', '主要问题'],
    rows,
    notes: [LEFT_OUT_NOTE, '请乡镇在表格中按单元格批注改正后重新同步。'],
  };
}

export function countySummary(result: AssessmentResult, computedAt: Date): SummaryDocument {
  const info = infoLine(computedAt, result.year);
  return {
    tabs: [
      rankingTab(result, info),
      statisticsTab(result, info),
      remindersTab(result, info),
      dataQualityTab(result, info),
      trainingRequestsTab(result, info),
      liaisonTab(result, info),
      noticeTab(result, info),
    ],
  };
}
