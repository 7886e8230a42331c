// 联系点: a county tab; the definition is all it brings (the assessment reads it whole).
import { defineLedgerModule } from '../define-ledger-module';
import { liaisonPointsLedger } from './ledger';

export * from './ledger';

export const liaisonPoints = defineLedgerModule({ ledger: liaisonPointsLedger, rules: [], references: [] });
