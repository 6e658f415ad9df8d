import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { currentUser } from './current-user.js';

/** Paths under /api/v1 open without a session: signing in needs them. */
const PUBLIC_PATHS = new Set([
  '/auth/login',
  '/auth/csrf',
  '/auth/options',
  '/auth/oidc/login',
  '/auth/oidc/callback',
  '/openapi.json',
]);

/** What a production session without enrolled MFA may do: enrol, see itself, leave. */
const ENROLMENT_PATHS = new Set([
  '/auth/me',
  '/auth/logout',
  '/auth/logout-all',
  '/auth/mfa/enrol',
  '/auth/mfa/confirm',
]);

/**
 * Mounted on /api/v1 before every feature router, so no feature can forget it: every route needs a
 * signed-in user except the few public ones. Express matches routes case-insensitively and ignores a
 * trailing slash, while this check is exact, so a variant spelling can only be refused, never let through.
 */
export function requireSignedIn(): RequestHandler {
  return (req, _res, next) => {
    if (PUBLIC_PATHS.has(req.path)) return next();
    currentUser(req);
    if (req.sessionContext?.session?.mfaEnrolmentOnly && !ENROLMENT_PATHS.has(req.path)) {
      throw new AppError('forbidden', 'Set up two-step verification before using Kehä.');
    }
    next();
  };
}
