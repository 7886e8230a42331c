// 培训申报 (菜单式培训) — each township's requests for courses of the county's 培训菜单.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { REQUEST_STATUSES } from '../enumerations';
import { field } from '../field';

export const trainingRequestsLedger = defineLedger({
  id: 'trainingRequests',
  tab: '培训申报',
  scope: 'township',
  fields: [
    field.text('requestNo', '申报编号', {
      required: true,
      maxLength: 30,
      hint: '本乡镇自编，如 2026-01；培训记录用它对应申报',
    }),
    field.text('course', '课程名称', { required: true, maxLength: 50, hint: '从县级「培训菜单」中选择' }),
    field.date('wishedFrom', '期望开始日期', { required: true, future: true }),
    field.date('wishedTo', '期望结束日期', { future: true }),
    field.count('expectedTrainees', '预计参训人数', { required: true, max: 10_000 }),
    field.choice('status', '状态', REQUEST_STATUSES, { required: true }),
    field.text('remarks', '备注', { maxLength: 200 }),
  ],
  naturalKey: ['requestNo'],
  unique: { field: 'requestNo', scope: 'township', noun: '此申报编号' },
});

export type TrainingRequestRecord = LedgerRecord<typeof trainingRequestsLedger>;
