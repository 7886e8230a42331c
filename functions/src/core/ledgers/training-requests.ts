// 菜单式培训: the county's 培训菜单 and each township's 培训申报 taken from it.
import { defineLedger, type LedgerRecord } from './define-ledger';
import { REQUEST_STATUSES, TRAINING_CATEGORIES, TRAINING_FORMS } from './enumerations';
import { field } from './field';

export const trainingMenuLedger = defineLedger({
  id: 'trainingMenu',
  tab: '培训菜单',
  scope: 'county',
  fields: [
    field.text('course', '课程名称', { required: true, maxLength: 50 }),
    field.choice('category', '培训类别', TRAINING_CATEGORIES, { required: true }),
    field.choice('form', '培训形式', TRAINING_FORMS, { required: true }),
    field.amount('hours', '学时', { required: true, max: 1000 }),
    field.text('teacher', '授课教师', { maxLength: 50 }),
    field.count('capacity', '可容纳人数', { max: 10_000 }),
  ],
  naturalKey: ['course'],
  unique: { field: 'course', noun: '此课程' },
});

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

export type TrainingMenuRecord = LedgerRecord<typeof trainingMenuLedger>;
export type TrainingRequestRecord = LedgerRecord<typeof trainingRequestsLedger>;
