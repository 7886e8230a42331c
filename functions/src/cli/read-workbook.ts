// Reads a workbook named on the command line: an unreadable file is a usage error (exit 2) with its reason.
import type { LedgerWorkbook } from '../local/workbooks';
import { readLedgerWorkbook, WorkbookReadError } from '../local/workbooks/read-ledger-workbook';
import { CliError, EXIT } from './exit-codes';

export function readWorkbookArgument(file: string): Promise<LedgerWorkbook> {
  return readLedgerWorkbook(file).catch((error) => {
    const message =
      error instanceof WorkbookReadError ? error.message : `无法读取 ${file}：${(error as Error).message}`;
    throw new CliError(message, EXIT.usage);
  });
}
