// 帮带结对: the definition, the shape of a pair, and the people it names.
import { defineLedgerModule } from '../define-ledger-module';
import { pairsLedger } from './ledger';
import { pairReferences } from './references';
import { pairRules } from './rules';

export * from './ledger';
export * from './rules';

export const pairs = defineLedgerModule({
  ledger: pairsLedger,
  rules: pairRules,
  references: pairReferences,
  assessed: ['pairType', 'mentorOneId', 'mentorTwoId', 'menteeId', 'startedOn', 'plannedEndOn', 'status'],
});
