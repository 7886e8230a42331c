// 农民党员 — rural party members, their practical skills and village posts.
import { defineLedger, type LedgerRecord } from '../define-ledger';
import { educationLevelOf } from '../education-levels';
import { EDUCATION_LEVELS, MEMBER_CATEGORIES, SEXES, VILLAGE_POSTS } from '../enumerations';
import { field } from '../field';

export const membersLedger = defineLedger({
  id: 'members',
  tab: '农民党员',
  scope: 'township',
  fields: [
    field.personName('name', '姓名', { required: true }),
    field.idNumber('idNumber', '身份证号', {
      required: true,
      hint: '18位居民身份证号码',
      aliases: ['身份证号码', '公民身份号码', '身份证'],
    }),
    field.choice('sex', '性别', SEXES, { hint: '可不填，按身份证号判断' }),
    field.choice('education', '文化程度', EDUCATION_LEVELS, {
      canonical: educationLevelOf,
      hint: '可填 大学本科、大学专科、中专、职业高中、技工学校、普通高中 等，按对应文化程度统计',
      aliases: ['学历'],
    }),
    field.text('village', '所在村(社区)', {
      required: true,
      maxLength: 50,
      aliases: ['所在村', '所在村社区', '村(社区)', '所在村(居)', '村别'],
    }),
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
