// The HTTP edge's errors: the statuses the domain errors get here, and the errors only the edge raises (404, 405).
import {
  BadRequestError,
  DomainError,
  ForbiddenError,
  PayloadTooLargeError,
  UnauthenticatedError,
  UnprocessableError,
} from '../core/domain-errors';

// The edge's parsers (json-body, body-parse-errors) refuse bodies with the same domain errors the use cases throw.
export {
  BadRequestError,
  DomainError,
  ForbiddenError,
  PayloadTooLargeError,
  UnauthenticatedError,
  UnprocessableError,
} from '../core/domain-errors';

/** An answer only HTTP knows (no such route, wrong method): its status is fixed where it is raised. */
export class HttpError extends DomainError {
  constructor(
    readonly status: number,
    message: string,
    code: string,
    details?: unknown,
  ) {
    super(message, code, details);
  }
}

/** The store cannot be reached for now (the caller may retry): 503. */
export class UnavailableError extends HttpError {
  constructor(message: string) {
    super(503, message, 'UNAVAILABLE');
  }
}

/** Each kind of domain error and its status; anything else is not a domain error (500 or 503). */
const STATUSES: [new (...args: never[]) => DomainError, number][] = [
  [BadRequestError, 400],
  [UnauthenticatedError, 401],
  [ForbiddenError, 403],
  [PayloadTooLargeError, 413],
  [UnprocessableError, 422],
];

/** The status a domain error is answered with, or undefined for any other error. */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpError) return error.status;
  if (!(error instanceof DomainError)) return undefined;
  return STATUSES.find(([kind]) => error instanceof kind)?.[1] ?? 400;
}

/** A refused caller (no valid token, or not allowed): such refusals go to the security log. */
export const isRefusal = (error: unknown): error is DomainError =>
  error instanceof UnauthenticatedError || error instanceof ForbiddenError;
