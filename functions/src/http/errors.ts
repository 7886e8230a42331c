// Errors a request can end with; each knows its HTTP status, and its message is what the caller reads.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Machine-readable code for clients and logs: `BAD_REQUEST`, `TOKEN_INVALID`, … */
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** 400: the request itself is malformed (Chinese message naming the part that is wrong). */
export class BadRequestError extends HttpError {
  constructor(message: string, details?: unknown) {
    super(400, message, 'BAD_REQUEST', details);
  }
}

/** 401: no token, or a token that does not verify. */
export class UnauthenticatedError extends HttpError {
  constructor(message: string, code = 'TOKEN_INVALID') {
    super(401, message, code);
  }
}

/** 403: a verified user who may not do this. */
export class ForbiddenError extends HttpError {
  constructor(message: string, code = 'FORBIDDEN') {
    super(403, message, code);
  }
}

/** 413: too many rows or bytes. */
export class PayloadTooLargeError extends HttpError {
  constructor(message: string) {
    super(413, message, 'PAYLOAD_TOO_LARGE');
  }
}

/** 422: well-formed, but the sheet cannot be read (a required column is missing). */
export class UnprocessableError extends HttpError {
  constructor(message: string, details?: unknown) {
    super(422, message, 'SHEET_UNREADABLE', details);
  }
}

/**
 * 503: the store is unreachable; the client should retry later. The request may have stopped part-way: rows
 * are written in transactions of at most 160 rows (ROWS_PER_TRANSACTION), so each row is stored whole or not at all, and a retry is
 * harmless because writing the same rows again is idempotent.
 */
export class UnavailableError extends HttpError {
  constructor(message: string) {
    super(503, message, 'UNAVAILABLE');
  }
}
