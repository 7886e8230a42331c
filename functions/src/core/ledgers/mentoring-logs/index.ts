// 帮带记录: the definition and the pair each contact belongs to.
import { defineLedgerModule } from '../define-ledger-module';
import { mentoringLogsLedger } from './ledger';
import { mentoringLogReferences } from './references';

export * from './ledger';

export const mentoringLogs = defineLedgerModule({
  ledger: mentoringLogsLedger,
  rules: [],
  references: mentoringLogReferences,
  assessed: ['pairType', 'menteeId', 'contactOn'],
});
