// 农民党员: the definition, the rules that follow from the ID number and 入党日期, and its 党员类别 as a fact.
import { defineLedgerModule } from '../define-ledger-module';
import { memberCategoryRule, memberJoinAgeRule, memberSkillsRule, sexMatchesIdRule } from '../person-rules';
import { membersLedger } from './ledger';

export * from './ledger';

export const members = defineLedgerModule({
  ledger: membersLedger,
  rules: [sexMatchesIdRule, memberJoinAgeRule, memberCategoryRule, memberSkillsRule],
  references: [],
  facts: (r) => ({ memberCategory: r.memberCategory ?? null }),
  // 党员类别 is checked against 入党日期: with a wrong 入党日期 it is unchecked, so it vouches for nothing.
  factsRead: ['memberCategory', 'joinedOn'],
  assessed: [
    'name',
    'idNumber',
    'joinedOn',
    'memberCategory',
    'education',
    'skillOne',
    'skillTwo',
    'isWealthLeader',
    'villagePost',
  ],
});
