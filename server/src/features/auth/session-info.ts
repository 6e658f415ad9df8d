import type { SessionInfo, SessionUser } from '@keha/shared';
import type { SessionManager } from '../../platform/auth/session-manager.js';
import type { StoredSession } from '../../platform/auth/session-model.js';

/** The `SessionInfo` answer of login and `GET /auth/me`. */
export function sessionInfo(
  sessions: SessionManager,
  session: StoredSession,
  user: SessionUser,
): SessionInfo {
  const { idleExpiresAt, absoluteExpiresAt } = sessions.expiry(session);
  return {
    user,
    idleExpiresAt: idleExpiresAt.toISOString(),
    absoluteExpiresAt: absoluteExpiresAt.toISOString(),
    mfaEnrolmentRequired: Boolean(session.mfaEnrolmentOnly),
  };
}
