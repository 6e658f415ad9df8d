import type { SessionUser } from '@keha/shared';
import type { SessionEndReason, StoredSession } from './session-model.js';

/** What the session middleware found for a request (`req.sessionContext`). */
export interface SessionContext {
  /** The stored session behind the cookie; null when there is none (or it is unknown). */
  session: StoredSession | null;
  /** The signed-in user, fresh from the database on every request. */
  user: SessionUser | null;
  /** Why the signed-in session behind this cookie ended, if it did. */
  ended?: SessionEndReason;
}

/** Which sessions just ended: one by id (logout) or all of a user's (revocation). */
export type EndedSessions = { sessionId: string } | { userId: string };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      sessionContext?: SessionContext;
    }
  }
}
