// Chinese words the summary tabs use for the assessment's codes.
import type { Mark, ReminderKind } from '../core/assessment';
import { ledgerById } from '../core/ledgers';

export const MARK_LABELS: Record<Exclude<Mark, null>, string> = { reward: '表彰', criticism: '通报批评' };

export const REMINDER_LABELS: Record<ReminderKind, string> = {
  activistReady: '积极分子满一年',
  probationDue: '预备期将满',
  probationOverdue: '预备期已满',
  pairOverdue: '“2+1”帮带超期',
  pairNoContact: '帮带长期无记录',
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

const RULE_LABELS: [prefix: string, label: string][] = [
  ['cell.required', '未填写'],
  ['cell.format', '格式不对'],
  ['county.duplicate-person', '重复登记'],
  ['date.not-future', '日期晚于今天'],
  ['person.', '与身份证号不符'],
  ['talent.', '发展程序'],
  ['member.', '党员信息'],
  ['pair.overdue', '超过计划结束日期'],
  ['pair.mentor-full-member', '帮带人须是正式党员'],
  ['pair.mentor-top-talent', '帮带人须是拔尖人才'],
  ['pair.mentee-', '被帮带人不符'],
  ['pair.duties', '帮带职责不全'],
  ['pair.', '帮带结对'],
  ['log.pair-exists', '找不到对应结对'],
  ['request.course-on-menu', '课程不在培训菜单'],
  ['request.', '培训申报'],
  ['training.request-exists', '申报编号不存在'],
  ['training.sub-counts', '人数超过参训人数'],
  ['training.', '培训记录'],
  ['visit.leader-listed', '未在联系点登记'],
];

/** A short Chinese name for a rule id, for the 数据质量 tab. */
export const ruleLabel = (ruleId: string): string =>
  RULE_LABELS.find(([prefix]) => ruleId.startsWith(prefix))?.[1] ?? ruleId;
