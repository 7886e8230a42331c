// 联系点: a county tab; its 联系乡镇 are checked against 乡镇设置 (the assessment reads it whole).
import { defineLedgerModule } from '../define-ledger-module';
import { liaisonPointsLedger } from './ledger';
import { liaisonPointReferences } from './references';

export * from './contact-townships';
export * from './ledger';

export const liaisonPoints = defineLedgerModule({
  ledger: liaisonPointsLedger,
  rules: [],
  references: liaisonPointReferences,
});
