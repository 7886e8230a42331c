// 定性考评: a county tab; the definition is all it brings (the assessment reads it whole).
import { defineLedgerModule } from '../define-ledger-module';
import { qualitativeScoresLedger } from './ledger';

export * from './ledger';

export const qualitativeScores = defineLedgerModule({
  ledger: qualitativeScoresLedger,
  rules: [],
  references: [],
});
