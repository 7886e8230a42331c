// 农民党员 — rural party members, their practical skills and village posts.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { MEMBER_CATEGORIES, VILLAGE_POSTS } from '../enumerations';
import { field } from '../field';
import { educationField, idNumberField, personNameField, sexField, villageField } from '../person-fields';

export const membersLedger = defineLedger({
  id: 'members',
  tab: '农民党员',
  scope: 'township',
  fields: [
    personNameField,
    idNumberField,
    sexField,
    educationField,
    villageField,
    field.date('joinedOn', '入党日期', {
      required: true,
      hint: '接收为预备党员的日期',
      aliases: ['入党时间'],
    }),
    field.choice('memberCategory', '党员类别', MEMBER_CATEGORIES, { required: true }),
    field.text('skillOne', '实用技术一', { maxLength: 50 }),
    field.text('skillTwo', '实用技术二', { maxLength: 50 }),
    field.yesNo('isWealthLeader', '是否致富能手'),
    field.choice('villagePost', '村级职务', VILLAGE_POSTS),
    field.count('householdsLed', '带动农户数', { max: 100_000, aliases: ['带动户数', '带动农户'] }),
    field.text('remarks', '备注', { maxLength: 500 }),
  ],
  naturalKey: ['idNumber'],
  unique: { field: 'idNumber' },
});

export type MemberRecord = LedgerRecord<typeof membersLedger>;
