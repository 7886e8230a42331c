// 培训记录: the definition, its counts and dates, and the request a class answers.
import { defineLedgerModule } from '../define-ledger-module';
import { trainingsLedger } from './ledger';
import { trainingReferences } from './references';
import { trainingRules } from './rules';

export * from './ledger';
export * from './rules';

export const trainings = defineLedgerModule({
  ledger: trainingsLedger,
  rules: trainingRules,
  references: trainingReferences,
  assessed: ['startedOn', 'title', 'trainees', 'skilledTrainees', 'requestNo'],
});
