// 培训申报: the wished period runs forwards.

import { defineRule, errorAt } from '../define-rule';
import type { TrainingRequestRecord } from './ledger';

export const requestDatesRule = defineRule<TrainingRequestRecord>({
  id: 'request.dates',
  label: '早于期望开始日期',
  uses: ['wishedFrom', 'wishedTo'],
  check(r) {
    return r.wishedTo && r.wishedTo < r.wishedFrom
      ? [errorAt('wishedTo', `${r.wishedTo} 早于期望开始日期（${r.wishedFrom}），请核对`)]
      : [];
  },
});
