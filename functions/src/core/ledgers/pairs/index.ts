// 帮带结对: the definition, the shape of a pair, and the people it names.
import { defineLedgerModule } from '../define-ledger-module';
import { pairsLedger } from './ledger';
import { pairPeriodOf } from './period';
import { pairReferences } from './references';
import { pairRules } from './rules';

export * from './ledger';
export * from './period';
export * from './rules';

export const pairs = defineLedgerModule({
  ledger: pairsLedger,
  rules: pairRules,
  references: pairReferences,
  // The days the pair ran: a second pair of the same type for the mentee is a duplicate only if they overlap.
  facts: (r) => {
    if (!r.startedOn || !r.status || !r.pairType) return {};
    const { from, until } = pairPeriodOf({
      ...r,
      startedOn: r.startedOn,
      status: r.status,
      pairType: r.pairType,
      plannedEndOn: r.plannedEndOn ?? null,
    });
    return { periodFrom: from, periodUntil: until };
  },
  factsRead: ['pairType', 'startedOn', 'status', 'plannedEndOn', 'endedOn'],
  assessed: [
    'pairType',
    'mentorOneId',
    'mentorTwoId',
    'menteeId',
    'startedOn',
    'plannedEndOn',
    'endedOn',
    'status',
  ],
});
