// 帮带记录 — the dated contacts of each mentoring pair (the log behind its 帮带责任卡).
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { CONTACT_FORMS, PAIR_TYPES } from '../enumerations';
import { field } from '../field';

export const mentoringLogsLedger = defineLedger({
  id: 'mentoringLogs',
  tab: '帮带记录',
  scope: 'township',
  fields: [
    field.choice('pairType', '帮带类型', PAIR_TYPES, { required: true }),
    field.idNumber('menteeId', '被帮带人身份证号', {
      required: true,
      hint: '与「帮带结对」中的被帮带人一致',
    }),
    field.date('contactOn', '帮带日期', { required: true }),
    field.choice('form', '帮带形式', CONTACT_FORMS, { required: true }),
    field.text('content', '帮带内容', { required: true, maxLength: 200 }),
    field.personName('recorder', '记录人'),
  ],
  naturalKey: ['pairType', 'menteeId', 'contactOn'],
});

export type MentoringLogRecord = LedgerRecord<typeof mentoringLogsLedger>;
