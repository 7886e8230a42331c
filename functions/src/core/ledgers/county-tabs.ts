// The county spreadsheet's own tabs: 乡镇设置 (townships and targets) and 定性考评 (qualitative scores).
import { defineLedger, type LedgerRecord } from './define-ledger';
import { field } from './field';

export const townshipSettingsLedger = defineLedger({
  id: 'townshipSettings',
  tab: '乡镇设置',
  scope: 'county',
  fields: [
    field.text('township', '乡镇', { required: true, maxLength: 30 }),
    field.text('spreadsheetId', '表格ID', {
      maxLength: 100,
      hint: '乡镇台账表格链接中 /d/ 与 /edit 之间的部分',
    }),
    field.count('annualTarget', '年度发展目标', {
      required: true,
      max: 10_000,
      hint: '本年度计划从乡土人才中发展党员人数',
    }),
  ],
  naturalKey: ['township'],
});

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

export type TownshipSettingRecord = LedgerRecord<typeof townshipSettingsLedger>;
export type QualitativeScoreRecord = LedgerRecord<typeof qualitativeScoresLedger>;
