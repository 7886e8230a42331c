// Local mode: Excel/WPS ledger workbooks standing in for the Google spreadsheets.
export type { LedgerRowCells } from './cell-writing';
export { DATE_FORMAT, TEMPLATE_LAST_ROW, TEXT_FORMAT } from './column-layout';
export { type Choices, type ChoicesOf, countyChoices, noChoices } from './county-choices';
export { type FileFormat, FORMAT_LABELS, sniffFormat } from './file-format';
export type {
  LedgerWorkbook,
  LedgerWorkbookRow,
  LedgerWorkbookTab,
  RowKeySource,
  SheetIssue,
  WorkbookKind,
} from './ledger-workbook';
export { excelDateToCivil, type PlainCell, toPlainCell } from './plain-cell';
export {
  parseLedgerWorkbook,
  readLedgerWorkbook,
  WorkbookReadError,
  workbookKind,
} from './read-ledger-workbook';
export { CONTENT_KEY_PREFIX, deriveRowKey, NATURAL_KEY_PREFIX } from './row-keys';
export {
  type LedgerTabData,
  LIST_SHEET,
  writeCountyTemplate,
  writeLedgerWorkbook,
  writeTownshipTemplate,
} from './write-ledger-workbook';
