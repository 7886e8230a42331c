// Errors a use case ends with: a machine code and a Chinese message; only the HTTP edge gives them a status.

/** The base: `code` is for clients and logs (`BAD_REQUEST`, `TOKEN_EXPIRED`, …), the message for the user. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The request itself is malformed (the message names the part that is wrong). */
export class BadRequestError extends DomainError {
  override name = 'BadRequestError';
  constructor(message: string, details?: unknown) {
    super(message, 'BAD_REQUEST', details);
  }
}

/** No identity token, or one that does not verify (`TOKEN_MISSING`, `TOKEN_EXPIRED`, …). */
export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  constructor(message: string, code = 'TOKEN_INVALID') {
    super(message, code);
  }
}

/** A verified user who may not do this (`USER_UNKNOWN`, `WRONG_COUNTY`, …). */
export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  constructor(message: string, code = 'FORBIDDEN') {
    super(message, code);
  }
}

/** Too many rows or bytes in one request. */
export class PayloadTooLargeError extends DomainError {
  override name = 'PayloadTooLargeError';
  constructor(message: string) {
    super(message, 'PAYLOAD_TOO_LARGE');
  }
}

/** Well-formed, but it cannot be processed: the sheet cannot be read (a required column is missing), … */
export class UnprocessableError extends DomainError {
  override name = 'UnprocessableError';
  constructor(message: string, details?: unknown, code = 'SHEET_UNREADABLE') {
    super(message, code, details);
  }
}
