import type { ApiErrorCode, ApiFieldIssue } from '@keha/shared';

/**
 * Typed domain errors. Services throw these; the error middleware maps `code` to an HTTP status in
 * one place (`HTTP_STATUS`) and writes the one error body. Anything else is an internal error whose
 * details stay in the log.
 */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: ApiFieldIssue[],
    /** The record as stored now, sent with `stale_revision` so the client can show the conflict. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(details: ApiFieldIssue[], message = 'The request has invalid fields.') {
    super('validation_failed', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super('not_found', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have access to this.') {
    super('forbidden', message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: ApiFieldIssue[]) {
    super('conflict', message, details);
  }
}

/** LSL 13 b §: the worker already has the maximum number of children; a supervisor may override with a reason. */
export class CaseloadCapError extends AppError {
  constructor(message: string) {
    super('caseload_cap_reached', message);
  }
}

/** An edit based on an old revision of a record: 409 with the current version in `error.current`. */
export class StaleRevisionError extends AppError {
  constructor(message: string, current: unknown) {
    super('stale_revision', message, undefined, current);
  }
}

/** PHL 7 §, 8 §: over a unit's legal maximum (refused), or over its registered places (reason needed). */
export class CapacityError extends AppError {
  constructor(message: string, details?: ApiFieldIssue[]) {
    super('capacity_exceeded', message, details);
  }
}

export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  payload_too_large: 413,
  unauthenticated: 401,
  session_expired: 401,
  mfa_required: 401,
  account_locked: 423,
  csrf_failed: 403,
  break_glass_required: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  caseload_cap_reached: 409,
  capacity_exceeded: 409,
  stale_revision: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};
