// 定性考评 — the county's qualitative score of each township and year.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { field } from '../field';

export const qualitativeScoresLedger = defineLedger({
  id: 'qualitativeScores',
  tab: '定性考评',
  scope: 'county',
  fields: [
    field.year('year', '考评年度', { required: true }),
    field.text('township', '乡镇', { required: true, maxLength: 30 }),
    field.amount('score', '定性得分', { required: true, max: 100, hint: '0–100' }),
    field.amount('bonus', '加分', { max: 100 }),
    field.amount('penalty', '扣分', { max: 100 }),
    field.text('remarks', '说明', { maxLength: 500 }),
  ],
  naturalKey: ['year', 'township'],
});

export type QualitativeScoreRecord = LedgerRecord<typeof qualitativeScoresLedger>;
