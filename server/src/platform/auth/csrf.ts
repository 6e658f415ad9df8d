import type { RequestHandler } from 'express';
import { CSRF_HEADER } from '@keha/shared';
import { AppError } from '../errors.js';
import { sameSecret } from './tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Synchroniser token: every state-changing request under /api (login included, against login CSRF)
 * must echo the session's token from `GET /api/v1/auth/csrf` in the `x-csrf-token` header. A page on
 * another origin can neither read the token nor set the header without a CORS preflight we never grant.
 */
export function csrfProtection(): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const expected = req.sessionContext?.session?.csrfToken;
    const given = req.get(CSRF_HEADER);
    if (!expected || !given || !sameSecret(expected, given)) {
      return next(
        new AppError(
          'csrf_failed',
          'The security token of this page is missing or out of date. Reload and try again.',
        ),
      );
    }
    next();
  };
}
