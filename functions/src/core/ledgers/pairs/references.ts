// A pair names its people: “2+1” mentors are full members and the mentee a talent not yet in the party;
// a “1+1” mentor is a top talent and the mentee a member.
import { defineReference, flawedBasis } from '../define-reference';
import { membersLedger } from '../members/ledger';
import { talentsLedger } from '../talents/ledger';
import { pairsLedger } from './ledger';

const PARTY = new Set(['正式党员', '预备党员']);
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
  defineReference(pairsLedger, talentsLedger, {
    ruleId: 'pair.mentee-talent',
    label: '已是党员',
    field: 'menteeId',
    when: is2plus1,
    missing: '全县乡土人才台账中没有此人；“2+1”被帮带人须是乡土人才，请先在乡土人才台账登记',
    check: (t) =>
      PARTY.has(t.politicalStatus ?? '')
        ? `此人已是${t.politicalStatus}；“2+1”帮带的是尚未入党的乡土人才`
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
