import type { RequestHandler } from 'express';
import type { SessionManager } from './session-manager.js';

/** Header on every signed-in response: when the session idles out, so the client can warn in time. */
export const IDLE_EXPIRES_HEADER = 'x-session-idle-expires-at';

/** Resolves the session cookie into `req.sessionContext` for everything under /api. */
export function sessionMiddleware(sessions: SessionManager): RequestHandler {
  return async (req, res, next) => {
    const context = await sessions.resolve(req.headers.cookie);
    req.sessionContext = context;
    if (context.user && context.session) {
      res.setHeader(IDLE_EXPIRES_HEADER, sessions.expiry(context.session).idleExpiresAt.toISOString());
    }
    // Responses that depend on who is signed in must never be stored by a shared cache.
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
