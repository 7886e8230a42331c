// 培训菜单: a county tab; the definition is all it brings (the assessment reads it whole).
import { defineLedgerModule } from '../define-ledger-module';
import { trainingMenuLedger } from './ledger';

export * from './ledger';

export const trainingMenu = defineLedgerModule({ ledger: trainingMenuLedger, rules: [], references: [] });
