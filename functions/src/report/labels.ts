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

/** What went wrong, read after the column's name (`党员类别与入党日期不符`); the first matching prefix wins. */
const RULE_LABELS: [prefix: string, label: string][] = [
  ['cell.required', '未填写'],
  ['cell.format', '格式不对'],
  ['county.duplicate-person', '重复登记'],
  ['date.not-future', '晚于今天'],
  ['person.sex-matches-id', '与身份证号不符'],
  ['member.join-age', '未满18周岁'],
  ['member.category-matches-date', '与入党日期不符'],
  ['member.skills-order', '填写顺序不对'],
  ['talent.status-dates', '与政治面貌不符'],
  ['talent.dates-order', '先后顺序不对'],
  ['talent.activist-one-year', '培养期不足一年'],
  ['talent.probation-', '预备期不符'],
  ['talent.apply-age', '未满18周岁'],
  ['pair.shape', '与帮带类型不符'],
  ['pair.distinct-people', '与帮带人相同'],
  ['pair.dates', '早于开始日期'],
  ['pair.planned-length', '与两年期限不符'],
  ['pair.overdue', '超过计划结束日期'],
  ['pair.duties', '不全'],
  ['pair.outcome', '未填写'],
  ['pair.mentor-full-member', '不是正式党员'],
  ['pair.mentor-top-talent', '不是拔尖人才'],
  ['pair.mentee-talent', '已是党员'],
  ['pair.mentee-member', '不在农民党员台账'],
  ['log.pair-exists', '找不到对应结对'],
  ['request.course-on-menu', '不在培训菜单'],
  ['request.dates', '早于期望开始日期'],
  ['training.sub-counts', '超过参训人数'],
  ['training.dates', '早于开班日期'],
  ['training.hours', '应大于 0'],
  ['training.request-exists', '不在本乡镇培训申报'],
  ['visit.leader-listed', '未在联系点登记'],
];

/** A short Chinese name for a rule id, for the 数据质量 tab. */
export const ruleLabel = (ruleId: string): string =>
  RULE_LABELS.find(([prefix]) => ruleId.startsWith(prefix))?.[1] ?? ruleId;
