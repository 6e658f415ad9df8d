/** The one error body every API failure uses: `{ error: { code, message, details } }`. */
export type ApiErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'payload_too_large'
  | 'unauthenticated'
  | 'session_expired'
  | 'mfa_required'
  | 'account_locked'
  | 'csrf_failed'
  | 'break_glass_required'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'caseload_cap_reached'
  /** A placement over the unit's places (overridable with a reason) or its legal maximum (PHL 7-8 §). */
  | 'capacity_exceeded'
  /** An edit based on an old revision; `error.current` holds the server's current version. */
  | 'stale_revision'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

export interface ApiFieldIssue {
  /** Dotted path of the failing field, e.g. `address.postalCode` or `items.2.name`. */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    details?: ApiFieldIssue[];
    /** With `stale_revision`: the record as the server has it now, so the client can show the conflict. */
    current?: unknown;
  };
}
