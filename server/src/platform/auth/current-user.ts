import type { Request } from 'express';
import type { SessionUser } from '@keha/shared';
import { AppError } from '../errors.js';

/**
 * The signed-in user of a request, for services and routes. Throws `unauthenticated` (never signed
 * in) or `session_expired` (signed in, then timed out or revoked), both 401.
 */
export function currentUser(req: Request): SessionUser {
  const context = req.sessionContext;
  if (context?.user) return context.user;
  if (context?.ended) {
    throw new AppError('session_expired', 'Your session has ended. Please sign in again.');
  }
  throw new AppError('unauthenticated', 'Please sign in.');
}
