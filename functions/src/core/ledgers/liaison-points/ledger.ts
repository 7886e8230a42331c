// 联系点 (三联) — the township, village and enterprise each county standing-committee member liaises with.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { field } from '../field';

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

export type LiaisonPointRecord = LedgerRecord<typeof liaisonPointsLedger>;
