// 乡土人才 — the township's talent pool, and each talent's path into the party.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { POLITICAL_STATUSES, SPECIALTY_CATEGORIES } from '../enumerations';
import { field } from '../field';
import { educationField, idNumberField, personNameField, sexField, villageField } from '../person-fields';

export const talentsLedger = defineLedger({
  id: 'talents',
  tab: '乡土人才',
  scope: 'township',
  fields: [
    personNameField,
    idNumberField,
    sexField,
    field.text('ethnicity', '民族', { maxLength: 10 }),
    educationField,
    villageField,
    field.phone('phone', '联系电话', { aliases: ['联系方式', '电话', '手机', '手机号码'] }),
    field.choice('specialtyCategory', '特长类别', SPECIALTY_CATEGORIES, { required: true }),
    field.text('specialtyDescription', '特长描述', { maxLength: 200, aliases: ['特长', '特长说明'] }),
    field.yesNo('isTopTalent', '是否拔尖人才', { required: true, aliases: ['拔尖人才'] }),
    field.date('registeredOn', '入库日期', { required: true, aliases: ['入库时间'] }),
    field.choice('politicalStatus', '政治面貌', POLITICAL_STATUSES, { required: true }),
    field.date('appliedOn', '入党申请日期', { aliases: ['申请入党日期', '递交入党申请书日期'] }),
    field.date('activistOn', '确定积极分子日期'),
    field.date('candidateOn', '列为发展对象日期'),
    field.date('probationaryOn', '接收预备党员日期'),
    field.date('fullMemberOn', '转正日期'),
    field.count('householdsLed', '带动农户数', { max: 100_000, aliases: ['带动户数', '带动农户'] }),
    field.text('remarks', '备注', { maxLength: 500 }),
  ],
  naturalKey: ['idNumber'],
  unique: { field: 'idNumber' },
});

export type TalentRecord = LedgerRecord<typeof talentsLedger>;
