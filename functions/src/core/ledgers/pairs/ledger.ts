// 帮带结对 — "2+1" (two full members mentor one talent) and "1+1" (a top talent mentors one member).
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { PAIR_STATUSES, PAIR_TYPES } from '../enumerations';
import { field } from '../field';

export const pairsLedger = defineLedger({
  id: 'pairs',
  tab: '帮带结对',
  scope: 'township',
  fields: [
    field.choice('pairType', '帮带类型', PAIR_TYPES, {
      required: true,
      hint: '2+1：两名正式党员帮带一名乡土人才；1+1：一名拔尖人才帮带一名党员',
    }),
    field.idNumber('mentorOneId', '帮带人一身份证号', { required: true }),
    field.idNumber('mentorTwoId', '帮带人二身份证号', { hint: '仅“2+1”填写' }),
    field.idNumber('menteeId', '被帮带人身份证号', { required: true }),
    field.text('project', '帮带项目', { maxLength: 100, hint: '“1+1”必须填写' }),
    field.date('startedOn', '开始日期', { required: true }),
    field.date('plannedEndOn', '计划结束日期', { future: true, hint: '“2+1”为开始日期后两年' }),
    field.date('endedOn', '结束日期', { hint: '状态为已完成或已中止时填写实际结束的日期' }),
    field.text('duties', '帮带职责', {
      maxLength: 50,
      hint: '责任卡：“2+1”填 学习、思想、作风、生活；“1+1”填 技术、项目',
    }),
    field.choice('status', '状态', PAIR_STATUSES, { required: true }),
    field.text('outcome', '成效', { maxLength: 500 }),
  ],
  naturalKey: ['pairType', 'menteeId'],
  unique: { field: 'menteeId', qualifier: 'pairType' },
});

export type PairRecord = LedgerRecord<typeof pairsLedger>;
