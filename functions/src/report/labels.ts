// Chinese words the summary tabs use for the assessment's codes.
import type { Mark, ReminderKind } from '../core/assessment';
import { ledgerById } from '../core/ledgers';
import { ruleLabelOf } from '../core/validation/rule-labels';

export const MARK_LABELS: Record<Exclude<Mark, null>, string> = { reward: '表彰', criticism: '通报批评' };

export const REMINDER_LABELS: Record<ReminderKind, string> = {
  activistReady: '积极分子满一年',
  probationDue: '预备期将满',
  probationOverdue: '预备期已满',
  pairOverdue: '“2+1”帮带超期',
  pairNoContact: '帮带长期无记录',
  logNotCounted: '帮带记录不计入',
  requestWithoutClass: '申报已完成无培训班',
  requestOverdue: '申报已安排未施训',
  behindTarget: '发展进度滞后',
  qualitativeMissing: '缺少定性考评',
};

export const tabOf = (ledgerId: string | null): string =>
  ledgerId ? (ledgerById(ledgerId)?.tab ?? ledgerId) : '';

/** `计算时间：2026-11-25 06:00　考评年度：2026` — the Apps Script client reads this from cell A2. */
export function infoLine(computedAt: Date, year: number): string {
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(computedAt);
  return `计算时间：${local}　考评年度：${year}`;
}

/** A short Chinese name for a rule id, for the 数据质量 tab (declared with each rule, see `ruleLabelOf`). */
export const ruleLabel = ruleLabelOf;
