import { Schema, type Connection, type Model, type Types } from 'mongoose';

/** Why a once signed-in session no longer authenticates; reported as `session_expired`. */
export type SessionEndReason = 'idle' | 'absolute' | 'revoked';

/**
 * A server-side session. `_id` is an HMAC of the cookie value, so a copy of this collection cannot be
 * replayed as cookies. Anonymous sessions (before login) exist only to carry the CSRF token.
 */
export interface StoredSession {
  _id: string;
  csrfToken: string;
  userId?: Types.ObjectId;
  authenticatedAt?: Date;
  lastSeenAt: Date;
  /** Production without enrolled MFA: only the enrolment endpoints are open to this session. */
  mfaEnrolmentOnly?: boolean;
  /** Set when a signed-in session ended, so the next request can say `session_expired`. */
  endedReason?: SessionEndReason;
  /** A single sign-on round trip in progress: what the callback must find again (state, nonce, PKCE). */
  oidc?: { state: string; nonce: string; codeVerifier: string; startedAt: Date };
  /** Garbage collection only (TTL index); expiry rules are enforced in code on every request. */
  expiresAt: Date;
}

const sessionSchema = new Schema<StoredSession>(
  {
    _id: { type: String, required: true },
    csrfToken: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', index: true },
    authenticatedAt: Date,
    lastSeenAt: { type: Date, required: true },
    mfaEnrolmentOnly: Boolean,
    endedReason: { type: String, enum: ['idle', 'absolute', 'revoked'] },
    oidc: new Schema({ state: String, nonce: String, codeVerifier: String, startedAt: Date }, { _id: false }),
    expiresAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'sessions' },
);
sessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export function sessionModel(connection: Connection): Model<StoredSession> {
  return connection.models['Session'] ?? connection.model<StoredSession>('Session', sessionSchema);
}
