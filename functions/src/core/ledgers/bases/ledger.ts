// 示范基地 — demonstration bases run by members and talents, and the households they lead.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { field } from '../field';

export const basesLedger = defineLedger({
  id: 'bases',
  tab: '示范基地',
  scope: 'township',
  fields: [
    field.text('name', '基地名称', { required: true, maxLength: 100 }),
    field.idNumber('leaderId', '负责人身份证号', { required: true }),
    field.text('industry', '产业类别', {
      required: true,
      maxLength: 30,
      hint: '如：种植、养殖、林果、水产、加工',
    }),
    field.date('foundedOn', '成立日期', { required: true }),
    field.text('scale', '规模', { maxLength: 50, hint: '如：200亩、5000羽' }),
    field.count('householdsLed', '带动农户数', { max: 100_000 }),
    field.amount('annualOutputWan', '年产值(万元)', { max: 1_000_000 }),
  ],
  naturalKey: ['name'],
});

export type BaseRecord = LedgerRecord<typeof basesLedger>;
