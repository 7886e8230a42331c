// 中国共产党发展党员工作细则 as it applies to a talent's row: order, intervals, age, dates matching 政治面貌.
import { addMonths, addYears, ageOn } from '../../dates/civil-date';
import { deriveIdNumberFacts } from '../../id-number/parse-id-number';
import { defineRule, errorAt, warningAt } from '../define-rule';
import type { PoliticalStatus } from '../enumerations';
import type { TalentRecord } from './ledger';

type DateField = 'appliedOn' | 'activistOn' | 'candidateOn' | 'probationaryOn' | 'fullMemberOn';

/** The steps of party development: the date field each step records and the 政治面貌 it leads to. */
const STEPS: readonly { field: DateField; label: string; status: PoliticalStatus }[] = [
  { field: 'appliedOn', label: '入党申请日期', status: '入党申请人' },
  { field: 'activistOn', label: '确定积极分子日期', status: '入党积极分子' },
  { field: 'candidateOn', label: '列为发展对象日期', status: '发展对象' },
  { field: 'probationaryOn', label: '接收预备党员日期', status: '预备党员' },
  { field: 'fullMemberOn', label: '转正日期', status: '正式党员' },
];
const STEP_FIELDS = STEPS.map((s) => s.field);

/** How many steps a status has completed: 群众 0 … 正式党员 5. */
export const stepsCompleted = (status: PoliticalStatus): number =>
  STEPS.findIndex((s) => s.status === status) + 1;

export const statusDatesRule = defineRule<TalentRecord>({
  id: 'talent.status-dates',
  label: '与政治面貌不符',
  uses: ['politicalStatus', ...STEP_FIELDS],
  check(r) {
    const done = stepsCompleted(r.politicalStatus);
    return STEPS.flatMap((step, index) => {
      if (index < done && !r[step.field]) {
        return [errorAt(step.field, `政治面貌为“${r.politicalStatus}”时必须填写${step.label}`)];
      }
      if (index >= done && r[step.field]) {
        return [
          errorAt(
            step.field,
            `政治面貌为“${r.politicalStatus}”，不应填写${step.label}；如已${step.status === '正式党员' ? '转正' : `成为${step.status}`}，请把政治面貌改为“${step.status}”`,
          ),
        ];
      }
      return [];
    });
  },
});

export const datesOrderRule = defineRule<TalentRecord>({
  id: 'talent.dates-order',
  label: '先后顺序不对',
  uses: STEP_FIELDS,
  check(r) {
    const present = STEPS.filter((s) => r[s.field]);
    return present.slice(1).flatMap((step, i) => {
      const before = present[i]!;
      const date = r[step.field]!;
      const earlier = r[before.field]!;
      return date < earlier
        ? [errorAt(step.field, `${date} 早于${before.label}（${earlier}），请核对先后顺序`)]
        : [];
    });
  },
});

export const activistOneYearRule = defineRule<TalentRecord>({
  id: 'talent.activist-one-year',
  label: '培养期不足一年',
  uses: ['activistOn', 'candidateOn'],
  check(r) {
    if (!r.activistOn || !r.candidateOn || r.candidateOn < r.activistOn) return [];
    const earliest = addYears(r.activistOn, 1);
    return r.candidateOn < earliest
      ? [errorAt('candidateOn', `确定积极分子后须经一年以上培养考察才能列为发展对象，最早为 ${earliest}`)]
      : [];
  },
});

export const probationLengthRule = defineRule<TalentRecord>({
  id: 'talent.probation-length',
  label: '预备期不符',
  uses: ['probationaryOn', 'fullMemberOn'],
  check(r) {
    if (!r.probationaryOn || !r.fullMemberOn || r.fullMemberOn < r.probationaryOn) return [];
    const earliest = addYears(r.probationaryOn, 1);
    const latest = addYears(r.probationaryOn, 2);
    if (r.fullMemberOn < earliest)
      return [errorAt('fullMemberOn', `预备期为一年，转正日期最早为 ${earliest}`)];
    if (r.fullMemberOn > latest) {
      return [errorAt('fullMemberOn', `预备期最多延长一年，转正日期不能晚于 ${latest}，请核对`)];
    }
    // 细则第三十二条: 延长预备期的时间不能少于半年，最长不超过一年. Between the due day and half a year after
    // it is neither an on-time 转正 nor a valid extension (a warning: late meetings are recorded this way too).
    const halfYear = addMonths(earliest, 6);
    if (r.fullMemberOn > earliest && r.fullMemberOn < halfYear) {
      return [
        warningAt(
          'fullMemberOn',
          `预备期满为 ${earliest}；延长预备期不能少于半年（转正不早于 ${halfYear}），按期转正的转正日期应为 ${earliest}，请核对`,
        ),
      ];
    }
    return [];
  },
});

export const probationOverdueRule = defineRule<TalentRecord>({
  id: 'talent.probation-overdue',
  label: '预备期不符',
  uses: ['politicalStatus', 'probationaryOn'],
  check(r, { today }) {
    if (r.politicalStatus !== '预备党员' || !r.probationaryOn) return [];
    const latest = addYears(r.probationaryOn, 2);
    return today > latest
      ? [
          warningAt(
            'probationaryOn',
            `预备期已超过两年（应不晚于 ${latest} 转正），请核实是否已转正或取消预备党员资格`,
          ),
        ]
      : [];
  },
});

export const applyAgeRule = defineRule<TalentRecord>({
  id: 'talent.apply-age',
  label: '未满18周岁',
  uses: ['idNumber', 'appliedOn'],
  check(r) {
    if (!r.appliedOn) return [];
    const { birthDate } = deriveIdNumberFacts(r.idNumber, r.appliedOn);
    return ageOn(birthDate, r.appliedOn) < 18
      ? [errorAt('appliedOn', `申请时未满18周岁（出生于${birthDate}），请核对`)]
      : [];
  },
});

export const partyDevelopmentRules = [
  statusDatesRule,
  datesOrderRule,
  activistOneYearRule,
  probationLengthRule,
  probationOverdueRule,
  applyAgeRule,
];
