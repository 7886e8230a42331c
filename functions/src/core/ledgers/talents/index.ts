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
  factsRead: ['isTopTalent', 'politicalStatus', 'probationaryOn'],
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
