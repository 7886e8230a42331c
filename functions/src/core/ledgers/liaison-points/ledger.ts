// 联系点 (三联) — the townships, village and enterprise each county standing-committee member liaises with.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { field } from '../field';

export const liaisonPointsLedger = defineLedger({
  id: 'liaisonPoints',
  tab: '联系点',
  scope: 'county',
  fields: [
    field.personName('leader', '县委常委', { required: true }),
    field.text('post', '职务', { maxLength: 30 }),
    field.text('township', '联系乡镇', {
      required: true,
      maxLength: 60,
      hint: '须是「乡镇设置」中的乡镇；联系几个乡镇可分行填写，也可在一格中用、分隔',
    }),
    field.text('village', '联系村', { maxLength: 30 }),
    field.text('enterprise', '联系企业', { maxLength: 50 }),
  ],
  // A leader may have several rows, one per contact township: a duplicate is the same leader and township twice.
  naturalKey: ['leader', 'township'],
  unique: {
    field: 'leader',
    qualifier: 'township',
    noun: '这位县委常委',
    repeated: '这位县委常委的这个联系乡镇已登记',
  },
});

export type LiaisonPointRecord = LedgerRecord<typeof liaisonPointsLedger>;
