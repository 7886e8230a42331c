// 督办记录 (三联) — the visits county standing-committee members make to the townships they liaise with.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { VISIT_FORMS } from '../enumerations';
import { field } from '../field';

export const supervisionVisitsLedger = defineLedger({
  id: 'supervisionVisits',
  tab: '督办记录',
  scope: 'county',
  fields: [
    field.personName('leader', '县委常委', { required: true, hint: '须已列入「联系点」' }),
    field.date('visitedOn', '督办日期', { required: true }),
    field.text('township', '乡镇', { required: true, maxLength: 30 }),
    field.choice('form', '督办形式', VISIT_FORMS, { required: true }),
    field.text('instruction', '督办内容', { required: true, maxLength: 300 }),
    field.text('followUp', '落实情况', { maxLength: 300 }),
  ],
  naturalKey: ['leader', 'visitedOn', 'township'],
});

export type SupervisionVisitRecord = LedgerRecord<typeof supervisionVisitsLedger>;
