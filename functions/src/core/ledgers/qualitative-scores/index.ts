// 定性考评: a county tab; its definition and the check that each township's name can be a name (the assessment reads it whole).
import { defineLedgerModule } from '../define-ledger-module';
import { townshipNameRule } from '../township-name-rule';
import { qualitativeScoresLedger } from './ledger';

export * from './ledger';

export const qualitativeScores = defineLedgerModule({
  ledger: qualitativeScoresLedger,
  rules: [townshipNameRule],
  references: [],
});
