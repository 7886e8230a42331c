// 培训申报: the wished period runs forwards.

import { periodRule } from '../period-rule';
import type { TrainingRequestRecord } from './ledger';

export const requestDatesRule = periodRule<TrainingRequestRecord>({
  id: 'request.dates',
  start: 'wishedFrom',
  end: 'wishedTo',
  startLabel: '期望开始日期',
});
