// Rules about a person row that follow from the ID number: sex, and age at joining the party.
import { addYears, ageOn } from '../dates/civil-date';
import { deriveIdNumberFacts } from '../id-number/parse-id-number';
import { defineRule, errorAt, type RowRule, warningAt } from './define-rule';
import type { MemberRecord } from './members/ledger';

interface PersonWithSex {
  idNumber: string;
  sex: '男' | '女' | null;
}

export const sexMatchesIdRule: RowRule<PersonWithSex> = defineRule<PersonWithSex>({
  id: 'person.sex-matches-id',
  label: '与身份证号不符',
  uses: ['idNumber', 'sex'],
  check(r, { today }) {
    if (!r.sex) return [];
    const { sex } = deriveIdNumberFacts(r.idNumber, today);
    return sex !== r.sex ? [errorAt('sex', `与身份证号不符（身份证号显示为${sex}），请核对`)] : [];
  },
});

export const memberJoinAgeRule = defineRule<MemberRecord>({
  id: 'member.join-age',
  label: '未满18周岁',
  uses: ['idNumber', 'joinedOn'],
  check(r) {
    const { birthDate } = deriveIdNumberFacts(r.idNumber, r.joinedOn);
    return ageOn(birthDate, r.joinedOn) < 18
      ? [errorAt('joinedOn', `入党时未满18周岁（出生于${birthDate}），请核对`)]
      : [];
  },
});

export const memberCategoryRule = defineRule<MemberRecord>({
  id: 'member.category-matches-date',
  label: '与入党日期不符',
  uses: ['joinedOn', 'memberCategory'],
  check(r, { today }) {
    const fullFrom = addYears(r.joinedOn, 1);
    if (r.memberCategory === '正式党员' && today < fullFrom) {
      return [errorAt('memberCategory', `入党不满一年（${fullFrom} 才满一年），党员类别应为预备党员`)];
    }
    if (r.memberCategory === '预备党员' && today > addYears(r.joinedOn, 2)) {
      return [warningAt('memberCategory', '入党已超过两年仍是预备党员，请核实是否已转正')];
    }
    return [];
  },
});

export const memberSkillsRule = defineRule<MemberRecord>({
  id: 'member.skills-order',
  label: '填写顺序不对',
  uses: ['skillOne', 'skillTwo'],
  check(r) {
    if (r.skillTwo && !r.skillOne)
      return [warningAt('skillOne', '填写了实用技术二但实用技术一为空，请先填实用技术一')];
    if (r.skillOne && r.skillTwo && r.skillOne === r.skillTwo) {
      return [warningAt('skillTwo', '与实用技术一相同，请填写另一门技术或留空')];
    }
    return [];
  },
});
