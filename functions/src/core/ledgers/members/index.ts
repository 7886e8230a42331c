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
  factsRead: ['memberCategory'],
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
