// "2+1" and "1+1" mentoring pairs: the shape a single row must have.
import { addYears } from '../../dates/civil-date';
import { defineRule, errorAt, warningAt } from '../define-rule';
import { PAIR_DUTIES } from '../enumerations';
import { periodRule } from '../period-rule';
import type { PairRecord } from './ledger';

import { PAIR_2PLUS1_YEARS, pairDueOn } from './period';

export { PAIR_2PLUS1_YEARS, pairDueOn };

export const pairShapeRule = defineRule<PairRecord>({
  id: 'pair.shape',
  label: '与帮带类型不符',
  uses: ['pairType', 'mentorTwoId', 'project'],
  check(r) {
    if (r.pairType === '2+1') {
      return r.mentorTwoId
        ? []
        : [errorAt('mentorTwoId', '“2+1”须由两名正式党员帮带，请填写帮带人二身份证号')];
    }
    const findings = [];
    if (r.mentorTwoId) findings.push(errorAt('mentorTwoId', '“1+1”只有一名帮带人，请清空帮带人二身份证号'));
    if (!r.project) findings.push(errorAt('project', '“1+1”须确定帮带项目，请填写'));
    return findings;
  },
});

export const pairDistinctPeopleRule = defineRule<PairRecord>({
  id: 'pair.distinct-people',
  label: '与帮带人相同',
  uses: ['mentorOneId', 'mentorTwoId', 'menteeId'],
  check(r) {
    const findings = [];
    if (r.mentorTwoId && r.mentorTwoId === r.mentorOneId) {
      findings.push(errorAt('mentorTwoId', '与帮带人一是同一人，“2+1”须由两名不同的党员帮带'));
    }
    if (r.menteeId === r.mentorOneId || r.menteeId === r.mentorTwoId) {
      findings.push(errorAt('menteeId', '被帮带人不能同时是帮带人，请核对'));
    }
    return findings;
  },
});

export const pairDatesRule = periodRule<PairRecord>({
  id: 'pair.dates',
  start: 'startedOn',
  end: 'plannedEndOn',
  startLabel: '开始日期',
});

export const pairEndDatesRule = periodRule<PairRecord>({
  id: 'pair.end-dates',
  start: 'startedOn',
  end: 'endedOn',
  startLabel: '开始日期',
});

/** 结束日期 is the day a pair actually ended: expected once it is 已完成 or 已中止, and only then. */
export const pairEndedRule = defineRule<PairRecord>({
  id: 'pair.ended-on',
  label: '与状态不符',
  uses: ['status', 'endedOn'],
  check(r) {
    if (r.status !== '进行中' && !r.endedOn) {
      return [
        warningAt('endedOn', `帮带${r.status}，请填写实际结束的日期；不填时按计划结束日期计算在哪些年度帮带`),
      ];
    }
    return r.status === '进行中' && r.endedOn
      ? [warningAt('endedOn', '帮带仍在进行中，不应填写结束日期；如已结束，请把状态改为已完成或已中止')]
      : [];
  },
});

export const pairPlannedLengthRule = defineRule<PairRecord>({
  id: 'pair.planned-length',
  label: '与两年期限不符',
  uses: ['pairType', 'startedOn', 'plannedEndOn'],
  check(r) {
    if (r.pairType !== '2+1' || !r.plannedEndOn || r.plannedEndOn < r.startedOn) return [];
    const expected = addYears(r.startedOn, PAIR_2PLUS1_YEARS);
    return r.plannedEndOn !== expected
      ? [warningAt('plannedEndOn', `“2+1”规定帮带时间为两年，计划结束日期一般为 ${expected}`)]
      : [];
  },
});

export const pairOverdueRule = defineRule<PairRecord>({
  id: 'pair.overdue',
  label: '超过计划结束日期',
  uses: ['pairType', 'startedOn', 'plannedEndOn', 'status'],
  check(r, { today }) {
    const due = pairDueOn(r);
    if (r.status !== '进行中' || !due || due >= today) return [];
    return [warningAt('status', `已超过计划结束日期（${due}）仍在进行中，请更新状态或填写成效`)];
  },
});

/**
 * The words by which a 帮带责任卡 names each duty (`PAIR_DUTIES`): a “1+1” card may say 项目 or, as the
 * county report does (提供技术、智力等支持), 智力.
 */
const DUTY_WORDS: Record<PairRecord['pairType'], Record<string, readonly string[]>> = {
  '2+1': { 学习: ['学习'], 思想: ['思想'], 作风: ['作风'], 生活: ['生活'] },
  '1+1': { 技术: ['技术'], 项目: ['项目', '智力'] },
};

/**
 * The duties a 帮带责任卡 names, in `PAIR_DUTIES` order, read by the items it mentions whatever joins them:
 * 学习、思想、作风和生活 / 学习、思想、作风、生活等方面 / 学习/思想/作风/生活。 / 技术和项目 / 技术、智力.
 */
export function dutiesOf(text: string | null, pairType: PairRecord['pairType'] = '2+1'): string[] {
  const card = text ?? '';
  return PAIR_DUTIES[pairType].filter((duty) => DUTY_WORDS[pairType][duty]!.some((w) => card.includes(w)));
}

const expected = (pairType: PairRecord['pairType']) => PAIR_DUTIES[pairType].join('、');

export const pairDutiesRule = defineRule<PairRecord>({
  id: 'pair.duties',
  label: '不全',
  uses: ['pairType', 'duties'],
  check(r) {
    if (!r.duties) return [];
    const named = dutiesOf(r.duties, r.pairType);
    if (!named.length) return [];
    const missing = PAIR_DUTIES[r.pairType].filter((d) => !named.includes(d));
    return missing.length
      ? [
          warningAt(
            'duties',
            `“${r.pairType}”责任卡通常包括 ${expected(r.pairType)}，未写明：${missing.join('、')}`,
          ),
        ]
      : [];
  },
});

/** A card that names none of its pair's duties: a warning only, so the pair still counts. */
export const pairDutiesNamedRule = defineRule<PairRecord>({
  id: 'pair.duties-named',
  label: '未写明责任卡事项',
  uses: ['pairType', 'duties'],
  check(r) {
    if (!r.duties) {
      return [warningAt('duties', `请填写帮带责任卡上的职责：${expected(r.pairType)}`)];
    }
    return dutiesOf(r.duties, r.pairType).length
      ? []
      : [
          warningAt(
            'duties',
            `未写明“${r.pairType}”责任卡的任何一项职责（${expected(r.pairType)}），请按责任卡填写`,
          ),
        ];
  },
});

export const pairOutcomeRule = defineRule<PairRecord>({
  id: 'pair.outcome',
  label: '未填写',
  uses: ['status', 'outcome'],
  check(r) {
    return r.status === '已完成' && !r.outcome
      ? [warningAt('outcome', '帮带已完成，请填写成效（如已入党、掌握某项技术）')]
      : [];
  },
});

export const pairRules = [
  pairShapeRule,
  pairDistinctPeopleRule,
  pairDatesRule,
  pairEndDatesRule,
  pairEndedRule,
  pairPlannedLengthRule,
  pairOverdueRule,
  pairDutiesRule,
  pairDutiesNamedRule,
  pairOutcomeRule,
];
