// 培训菜单 (菜单式培训) — the courses the county offers, which townships ask for in 培训申报.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { TRAINING_CATEGORIES, TRAINING_FORMS } from '../enumerations';
import { field } from '../field';

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

export type TrainingMenuRecord = LedgerRecord<typeof trainingMenuLedger>;
