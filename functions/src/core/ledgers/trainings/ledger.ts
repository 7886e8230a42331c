// 培训记录 — training classes held for members and talents.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { TRAINING_CATEGORIES, TRAINING_FORMS } from '../enumerations';
import { field } from '../field';

export const trainingsLedger = defineLedger({
  id: 'trainings',
  tab: '培训记录',
  scope: 'township',
  fields: [
    field.date('startedOn', '开班日期', { required: true }),
    field.date('endedOn', '结束日期'),
    field.text('title', '培训名称', { required: true, maxLength: 100 }),
    field.choice('category', '培训类别', TRAINING_CATEGORIES, { required: true }),
    field.choice('form', '培训形式', TRAINING_FORMS, { required: true }),
    field.text('location', '地点', { maxLength: 100 }),
    field.amount('hours', '学时', { required: true, max: 1000 }),
    field.count('trainees', '参训人数', { required: true, max: 100_000 }),
    field.count('memberTrainees', '其中党员人数', { max: 100_000 }),
    field.count('talentTrainees', '其中乡土人才人数', { max: 100_000 }),
    field.count('skilledTrainees', '掌握实用技术人数', { max: 100_000 }),
    field.text('requestNo', '对应申报编号', {
      maxLength: 30,
      hint: '按本乡镇「培训申报」举办的，填该申报的编号',
    }),
  ],
  naturalKey: ['startedOn', 'title'],
});

export type TrainingRecord = LedgerRecord<typeof trainingsLedger>;
