// 培训申报: the wished period runs forwards.
import type { TrainingRequestRecord } from '../../ledgers/training-requests';
import { defineRule, errorAt } from './rule';

export const requestDatesRule = defineRule<TrainingRequestRecord>({
  id: 'request.dates',
  uses: ['wishedFrom', 'wishedTo'],
  check(r) {
    return r.wishedTo && r.wishedTo < r.wishedFrom
      ? [errorAt('wishedTo', `${r.wishedTo} 早于期望开始日期（${r.wishedFrom}），请核对`)]
      : [];
  },
});
