import { HttpErrorResponse } from '@angular/common/http';

/** The server's one error format (see shared/src/api/errors.ts): `{ error: { code, message, details } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** What to show the user: a translation key, with the server's own wording as a fallback. */
export interface UserFacingError {
  key: string;
  serverMessage?: string;
}

export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
  );
}

export function describeHttpError(err: HttpErrorResponse): UserFacingError {
  if (err.status === 0) return { key: 'errors.network' };
  if (isApiErrorBody(err.error)) {
    return { key: `errors.codes.${err.error.error.code}`, serverMessage: err.error.error.message };
  }
  return { key: statusKey(err.status) };
}

function statusKey(status: number): string {
  if (status === 401) return 'errors.unauthorized';
  if (status === 403) return 'errors.forbidden';
  if (status === 404) return 'errors.notFound';
  if (status >= 500) return 'errors.server';
  return 'errors.unexpected';
}

/** A 401 saying the session is gone (expired, revoked, never there), as opposed to e.g. `mfa_required`. */
export function isSessionEnded(err: HttpErrorResponse): boolean {
  if (err.status !== 401) return false;
  const code = isApiErrorBody(err.error) ? err.error.error.code : 'unauthenticated';
  return code === 'session_expired' || code === 'unauthenticated';
}

/** The server's per-field messages (`details` of a 400), by dotted field path; the first per field wins. */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof HttpErrorResponse) || !isApiErrorBody(err.error)) return out;
  const details = err.error.error.details;
  if (!Array.isArray(details)) return out;
  for (const issue of details as { path?: unknown; message?: unknown }[]) {
    if (typeof issue.path === 'string' && typeof issue.message === 'string')
      out[issue.path] ??= issue.message;
  }
  return out;
}
