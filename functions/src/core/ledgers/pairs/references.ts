// A pair names its people: “2+1” mentors are full members and the mentee a talent not yet in the party;
// a “1+1” mentor is a top talent and the mentee a member.
import { defineReference, flawedBasis } from '../define-reference';
import { membersLedger } from '../members/ledger';
import { talentsLedger } from '../talents/ledger';
import { pairsLedger } from './ledger';

const PARTY = new Set(['正式党员', '预备党员']);
/**
 * Whether a talent in the party was already a member on `day`. Entries stored before 接收预备党员日期 was
 * recorded cannot tell: they count as joined since (the row is not refused on a fact the index lacks).
 */
const joinedBy = (t: { partySince?: string | null }, day: string | null | undefined) =>
  typeof t.partySince === 'string' && typeof day === 'string' && t.partySince <= day;
const is2plus1 = (r: { pairType?: string | null }) => r.pairType === '2+1';
const is1plus1 = (r: { pairType?: string | null }) => r.pairType === '1+1';

export const pairReferences = [
  ...(['mentorOneId', 'mentorTwoId'] as const).map((field) =>
    defineReference(pairsLedger, membersLedger, {
      ruleId: 'pair.mentor-full-member',
      label: '不是正式党员',
      field,
      when: is2plus1,
      missing: '全县农民党员台账中没有此人；“2+1”帮带人须是正式党员，请先在农民党员台账登记',
      check: (m, where) =>
        m.memberCategory === '正式党员'
          ? null
          : `此人在${where}登记为${m.memberCategory ?? '非正式党员'}；“2+1”帮带人须是正式党员`,
      flawed: flawedBasis('此人', '“2+1”帮带人'),
    }),
  ),
  // 帮带时间为两年，直至把帮带对象培养成为中共党员: the mentee joining is the pair's purpose. Only a mentee who
  // was already in the party on the pair's 开始日期 is wrong; one who joined since makes a running pair advice.
  defineReference(pairsLedger, talentsLedger, {
    ruleId: 'pair.mentee-talent',
    label: '已是党员',
    field: 'menteeId',
    when: is2plus1,
    missing: '全县乡土人才台账中没有此人；“2+1”被帮带人须是乡土人才，请先在乡土人才台账登记',
    check: (t, _where, pair) =>
      PARTY.has(t.politicalStatus ?? '') && joinedBy(t, pair.startedOn)
        ? `此人于${t.partySince}入党（现为${t.politicalStatus}），开始帮带时已是党员；“2+1”帮带的是尚未入党的乡土人才，请核对开始日期或被帮带人`
        : null,
    advise: (t, pair) =>
      PARTY.has(t.politicalStatus ?? '') && pair.status === '进行中'
        ? {
            field: 'status',
            message: `被帮带人${t.partySince ? `已于${t.partySince}` : '已'}入党（现为${t.politicalStatus}），帮带目标已实现；请把状态改为“已完成”并填写成效`,
          }
        : null,
    flawed: flawedBasis('此人', '“2+1”被帮带人'),
  }),
  defineReference(pairsLedger, talentsLedger, {
    ruleId: 'pair.mentor-top-talent',
    label: '不是拔尖人才',
    field: 'mentorOneId',
    when: is1plus1,
    missing: '全县乡土人才台账中没有此人；“1+1”帮带人须是乡土拔尖人才，请先登记',
    check: (t, where) => (t.isTopTalent ? null : `此人在${where}未标为拔尖人才；“1+1”帮带人须是乡土拔尖人才`),
    flawed: flawedBasis('此人', '“1+1”帮带人'),
  }),
  defineReference(pairsLedger, membersLedger, {
    ruleId: 'pair.mentee-member',
    label: '不在农民党员台账',
    field: 'menteeId',
    when: is1plus1,
    missing: '全县农民党员台账中没有此人；“1+1”被帮带人须是农民党员，请先在农民党员台账登记',
  }),
];
