// 乡镇设置: a county tab; its definition and the check that each township's name can be a name (the assessment reads it whole).
import { defineLedgerModule } from '../define-ledger-module';
import { townshipNameRule } from '../township-name-rule';
import { townshipSettingsLedger } from './ledger';

export * from './ledger';

export const townshipSettings = defineLedgerModule({
  ledger: townshipSettingsLedger,
  rules: [townshipNameRule],
  references: [],
});
