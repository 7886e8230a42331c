// 三联: each county standing-committee member's 联系点, and the 督办记录 of their visits.
import { defineLedger, type LedgerRecord } from './define-ledger';
import { VISIT_FORMS } from './enumerations';
import { field } from './field';

export const liaisonPointsLedger = defineLedger({
  id: 'liaisonPoints',
  tab: '联系点',
  scope: 'county',
  fields: [
    field.personName('leader', '县委常委', { required: true }),
    field.text('post', '职务', { maxLength: 30 }),
    field.text('township', '联系乡镇', { required: true, maxLength: 30 }),
    field.text('village', '联系村', { maxLength: 30 }),
    field.text('enterprise', '联系企业', { maxLength: 50 }),
  ],
  naturalKey: ['leader'],
  unique: { field: 'leader', noun: '这位县委常委' },
});

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

export type LiaisonPointRecord = LedgerRecord<typeof liaisonPointsLedger>;
export type SupervisionVisitRecord = LedgerRecord<typeof supervisionVisitsLedger>;
