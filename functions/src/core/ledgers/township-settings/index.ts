// 乡镇设置: a county tab; the definition is all it brings (the assessment reads it whole).
import { defineLedgerModule } from '../define-ledger-module';
import { townshipSettingsLedger } from './ledger';

export * from './ledger';

export const townshipSettings = defineLedgerModule({
  ledger: townshipSettingsLedger,
  rules: [],
  references: [],
});
