import { HttpErrorResponse } from '@angular/common/http';

import { describeHttpError, isApiErrorBody } from '../../../core/http/error-message';
import { LoginRequest } from '../data/session.model';

/** The server asks for the second factor. */
export function isSecondFactorRequired(err: unknown): boolean {
  return err instanceof HttpErrorResponse && err.status === 401 && codeOf(err) === 'mfa_required';
}

/**
 * The translation key for a failed login. Wrong credentials get one generic message whatever the
 * server's reason, so that the page never hints whether a username exists.
 */
export function loginErrorKey(err: unknown, credentials: LoginRequest): string {
  if (!(err instanceof HttpErrorResponse)) return 'errors.unexpected';
  const code = codeOf(err);
  if (err.status === 423 || code === 'account_locked') return 'errors.codes.account_locked';
  if (err.status === 401 || err.status === 400) {
    return credentials.totp || credentials.recoveryCode
      ? 'auth.login.errors.wrongCode'
      : 'auth.login.errors.wrongCredentials';
  }
  return describeHttpError(err).key;
}

function codeOf(err: HttpErrorResponse): string | null {
  return isApiErrorBody(err.error) ? err.error.error.code : null;
}
