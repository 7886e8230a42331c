// 乡土人才: the definition, the party-development rules, and the facts its rows vouch for.
import { defineLedgerModule } from '../define-ledger-module';
import { sexMatchesIdRule } from '../person-rules';
import { talentsLedger } from './ledger';
import { partyDevelopmentRules } from './rules';

export * from './ledger';
export * from './rules';

export const talents = defineLedgerModule({
  ledger: talentsLedger,
  rules: [sexMatchesIdRule, ...partyDevelopmentRules],
  references: [],
  facts: (r) => ({
    isTopTalent: r.isTopTalent ?? null,
    politicalStatus: r.politicalStatus ?? null,
    partySince: r.probationaryOn ?? null,
  }),
  // 政治面貌 is checked against the dates of each step: with one of them wrong it is unchecked.
  factsRead: [
    'isTopTalent',
    'politicalStatus',
    'appliedOn',
    'activistOn',
    'candidateOn',
    'probationaryOn',
    'fullMemberOn',
  ],
  assessed: [
    'name',
    'idNumber',
    'registeredOn',
    'politicalStatus',
    'appliedOn',
    'activistOn',
    'probationaryOn',
    'isTopTalent',
  ],
});
