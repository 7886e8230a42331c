// 乡镇设置 — the county's townships, their spreadsheets and yearly targets.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { field } from '../field';

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

export type TownshipSettingRecord = LedgerRecord<typeof townshipSettingsLedger>;
