// The wire contract between the clients (Apps Script, the local push) and the functions. The Apps Script
// bundle imports only its types (`import type`), so zod stays out of Code.js.
export * from './ingest-answer';
export { type IngestRequest, ingestRequestSchema, MAX_ROW_BYTES, ROW_KEY } from './ingest-request';
export * from './issue';
