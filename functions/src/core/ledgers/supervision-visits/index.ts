// 督办记录: a county tab; each visit names a leader listed in 联系点.
import { defineLedgerModule } from '../define-ledger-module';
import { supervisionVisitsLedger } from './ledger';
import { supervisionVisitReferences } from './references';

export * from './ledger';

export const supervisionVisits = defineLedgerModule({
  ledger: supervisionVisitsLedger,
  rules: [],
  references: supervisionVisitReferences,
});
