// 培训申报: the definition, its wished period, and the menu course it asks for.
import { defineLedgerModule } from '../define-ledger-module';
import { trainingRequestsLedger } from './ledger';
import { trainingRequestReferences } from './references';
import { requestDatesRule } from './rules';

export * from './ledger';
export * from './rules';

export const trainingRequests = defineLedgerModule({
  ledger: trainingRequestsLedger,
  rules: [requestDatesRule],
  references: trainingRequestReferences,
  assessed: ['requestNo', 'course', 'status', 'wishedFrom', 'wishedTo', 'expectedTrainees'],
});
