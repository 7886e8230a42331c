// Summary writers: the document model, the port, and its Google Sheets and Excel adapters.
export { checkSummaryDocument } from './check-document';
export { type SummaryErrorCode, SummaryModelError, SummaryWriteError } from './errors';
export { summaryWorkbookBuffer, writeSummaryWorkbook } from './excel/excel-writer';
export { createGoogleSheetsWriter, type GoogleSheetsWriterOptions } from './google/google-sheets-writer';
export * from './model';
export {
  type SummaryJob,
  type SummaryTarget,
  type WriteOutcome,
  type WriteSummary,
  writeAllSummaries,
} from './writer-port';
