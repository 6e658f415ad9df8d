import type { ErrorRequestHandler } from 'express';
import { AppError } from '../../platform/errors.js';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';

/** Refusals by the session guard or the CSRF check, which run before any children route. */
const GUARD_CODES = new Set(['unauthenticated', 'session_expired', 'mfa_required', 'csrf_failed']);

/**
 * ATL 10 § asks for a trace of every attempt on client data, including those refused before a
 * service ran (no session, expired session, failed CSRF check). Mounted on /api/v1/children after the
 * auth guard, it sees the guard's error, records it as a denied attempt (anonymous unless the session has a user, as with a failed CSRF check) and passes the
 * same error on. The child is named only as the requested id: nothing is read for an anonymous caller.
 */
export function auditRefusedBeforeRoute(audit: AuditWriter): ErrorRequestHandler {
  return (err, req, _res, next) => {
    if (!(err instanceof AppError) || !GUARD_CODES.has(err.code)) return next(err);
    const user = req.sessionContext?.user;
    const requestedId = /^\/([a-f0-9]{24})(?:\/|$)/.exec(req.path)?.[1];
    audit
      .record({
        actor: user
          ? { userId: user.id, username: user.username, roles: [...user.roles] }
          : { userId: 'anonymous', username: '(not signed in)', roles: [] },
        ip: req.ip ?? 'unknown',
        category: 'client_data',
        action: 'child.request',
        outcome: 'denied',
        denyReason: err.code,
        target: { type: 'child', ...(requestedId ? { id: requestedId } : {}) },
        view: `${req.method} ${req.baseUrl}${req.path}`,
      })
      // The request is refused either way; an audit failure must not turn 401 into something else.
      .then(
        () => next(err),
        () => next(err),
      );
  };
}
