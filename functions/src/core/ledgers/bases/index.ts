// 示范基地: the definition; the assessment counts bases and the households they lead.
import { defineLedgerModule } from '../define-ledger-module';
import { basesLedger } from './ledger';

export * from './ledger';

export const bases = defineLedgerModule({
  ledger: basesLedger,
  rules: [],
  references: [],
  assessed: ['foundedOn', 'householdsLed'],
});
