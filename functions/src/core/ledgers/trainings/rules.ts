// Training classes: sub-counts never exceed 参训人数, the class ends after it starts, hours are positive.

import { defineRule, errorAt } from '../define-rule';
import { periodRule } from '../period-rule';
import type { TrainingRecord } from './ledger';

const SUB_COUNTS = [
  { field: 'memberTrainees', label: '其中党员人数' },
  { field: 'talentTrainees', label: '其中乡土人才人数' },
  { field: 'skilledTrainees', label: '掌握实用技术人数' },
] as const;

export const trainingSubCountsRule = defineRule<TrainingRecord>({
  id: 'training.sub-counts',
  label: '超过参训人数',
  uses: ['trainees', 'memberTrainees', 'talentTrainees', 'skilledTrainees'],
  check(r) {
    return SUB_COUNTS.flatMap(({ field, label }) => {
      const value = r[field];
      return value !== null && value > r.trainees
        ? [errorAt(field, `${label}（${value}）不能超过参训人数（${r.trainees}），请核对`)]
        : [];
    });
  },
});

export const trainingDatesRule = periodRule<TrainingRecord>({
  id: 'training.dates',
  start: 'startedOn',
  end: 'endedOn',
  startLabel: '开班日期',
});

export const trainingHoursRule = defineRule<TrainingRecord>({
  id: 'training.hours',
  label: '应大于 0',
  uses: ['hours'],
  check(r) {
    return r.hours <= 0 ? [errorAt('hours', '学时应大于 0')] : [];
  },
});

export const trainingRules = [trainingSubCountsRule, trainingDatesRule, trainingHoursRule];
