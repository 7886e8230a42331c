// Errors a summary write can end with: a machine code for logs and reports, a Chinese message for the operator.

export type SummaryErrorCode =
  | 'SUMMARY_INVALID'
  | 'SUMMARY_TARGET_INVALID'
  | 'SHEETS_BAD_REQUEST'
  | 'SHEETS_UNAUTHENTICATED'
  | 'SHEETS_FORBIDDEN'
  | 'SHEETS_NOT_FOUND'
  | 'SHEETS_RATE_LIMITED'
  | 'SHEETS_UNAVAILABLE'
  | 'SHEETS_FAILED'
  | 'EXCEL_WRITE_FAILED';

export class SummaryWriteError extends Error {
  constructor(
    readonly code: SummaryErrorCode,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SummaryWriteError';
    this.status = options?.status;
  }

  /** HTTP status of the Sheets answer behind the error, when there was one. */
  readonly status: number | undefined;

  /** Worth another attempt after a pause: quota exhausted or Google briefly unavailable. */
  get retryable(): boolean {
    return this.code === 'SHEETS_RATE_LIMITED' || this.code === 'SHEETS_UNAVAILABLE';
  }
}

/** The document itself cannot be written (duplicate tab, chart column outside the table, …). */
export class SummaryModelError extends SummaryWriteError {
  constructor(message: string) {
    super('SUMMARY_INVALID', message);
    this.name = 'SummaryModelError';
  }
}
