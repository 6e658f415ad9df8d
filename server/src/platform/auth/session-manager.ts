import type { Request, Response } from 'express';
import type { Connection, Model, Types } from 'mongoose';
import { userModel, type User } from '../../features/users/model.js';
import { toSessionUser } from '../../features/users/session-user.js';
import type { EndedSessions, SessionContext } from './session-context.js';
export type { EndedSessions, SessionContext } from './session-context.js';
import { sessionModel, type SessionEndReason, type StoredSession } from './session-model.js';
import { readSessionToken, setSessionCookie } from './session-cookie.js';
import { randomToken, tokenDigest } from './tokens.js';

export interface SessionSettings {
  secret: string;
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
  secureCookies: boolean;
}

/** Anonymous and ended sessions are kept a day, so a returning tab still gets `session_expired`. */
const RETAIN_MS = 24 * 3600_000;

/**
 * Server-side sessions in MongoDB. Idle (rolling) and absolute timeouts, "log out everywhere" and
 * deactivated accounts are checked here on every request, not left to the cookie or the TTL index.
 */
export class SessionManager {
  private readonly Sessions: Model<StoredSession>;
  private readonly Users: Model<User>;
  /** Writing lastSeenAt on every request would double the writes; a tenth of the idle period is precise enough. */
  private readonly touchAfterMs: number;
  private readonly endedListeners: ((ended: EndedSessions) => void)[] = [];

  constructor(
    connection: Connection,
    private readonly settings: SessionSettings,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.Sessions = sessionModel(connection);
    this.Users = userModel(connection);
    this.touchAfterMs = Math.min(15_000, settings.idleTimeoutMs / 10);
  }

  /** Called when sessions end by logout or revocation, so open sockets of those sessions can close. */
  onEnded(listener: (ended: EndedSessions) => void): void {
    this.endedListeners.push(listener);
  }

  /** `touch: false` for checks that are not user activity (a socket re-checking its session). */
  async resolve(
    cookieHeader: string | undefined,
    options: { touch?: boolean } = {},
  ): Promise<SessionContext> {
    const token = readSessionToken(cookieHeader);
    if (!token) return { session: null, user: null };
    const session = await this.Sessions.findById(tokenDigest(this.settings.secret, token)).lean();
    if (!session) return { session: null, user: null };
    if (!session.userId) return { session, user: null, ended: session.endedReason };

    const user = await this.Users.findById(session.userId).lean();
    const ended = this.endReason(session, user);
    if (ended) return { session: await this.end(session, ended), user: null, ended };
    const now = this.now();
    if (options.touch !== false && now.getTime() - session.lastSeenAt.getTime() >= this.touchAfterMs) {
      session.lastSeenAt = now;
      await this.Sessions.updateOne({ _id: session._id }, { $set: { lastSeenAt: now } });
    }
    return { session, user: toSessionUser(user!) };
  }

  /** The request's session, creating an anonymous one (for the CSRF token) when there is none. */
  async ensureSession(req: Request, res: Response): Promise<StoredSession> {
    const existing = req.sessionContext?.session;
    if (existing) return existing;
    const session = await this.create(res, { csrfToken: randomToken() });
    req.sessionContext = { session, user: null };
    return session;
  }

  /** Login: a new session id (the old one is deleted, against fixation); the CSRF token carries over. */
  async signIn(
    req: Request,
    res: Response,
    userId: Types.ObjectId,
    options: { mfaEnrolmentOnly: boolean },
  ): Promise<StoredSession> {
    const previous = req.sessionContext?.session;
    if (previous) await this.Sessions.deleteOne({ _id: previous._id });
    if (previous?.userId) this.notifyEnded({ sessionId: previous._id });
    const now = this.now();
    return this.create(res, {
      csrfToken: previous?.csrfToken ?? randomToken(),
      userId,
      authenticatedAt: now,
      ...(options.mfaEnrolmentOnly ? { mfaEnrolmentOnly: true } : {}),
      expiresAt: new Date(now.getTime() + this.settings.absoluteTimeoutMs + RETAIN_MS),
    });
  }

  /** Logout: the signed-in session is deleted; a fresh anonymous one keeps the CSRF token for the next login. */
  async signOut(req: Request, res: Response): Promise<void> {
    const previous = req.sessionContext?.session;
    if (previous) await this.Sessions.deleteOne({ _id: previous._id });
    await this.create(res, { csrfToken: previous?.csrfToken ?? randomToken() });
    if (previous) this.notifyEnded({ sessionId: previous._id });
  }

  /** Ends every session of the user, on every device, now and for sessions still being resolved. */
  async revokeAll(userId: Types.ObjectId): Promise<void> {
    await this.Users.updateOne({ _id: userId }, { $set: { sessionsValidAfter: this.now() } });
    const sessions = await this.Sessions.find({ userId }).lean();
    await Promise.all(sessions.map((session) => this.end(session, 'revoked')));
    this.notifyEnded({ userId: userId.toHexString() });
  }

  /** Production: the session of a user who has just enrolled MFA gets full access. */
  async completeMfaEnrolment(session: StoredSession): Promise<void> {
    await this.Sessions.updateOne({ _id: session._id }, { $unset: { mfaEnrolmentOnly: 1 } });
  }

  async requireMfaEnrolment(session: StoredSession): Promise<void> {
    await this.Sessions.updateOne({ _id: session._id }, { $set: { mfaEnrolmentOnly: true } });
  }

  /** Remembers a single sign-on round trip on the (anonymous) session. */
  async startOidc(session: StoredSession, pending: NonNullable<StoredSession['oidc']>): Promise<void> {
    await this.Sessions.updateOne({ _id: session._id }, { $set: { oidc: pending } });
  }

  /** Takes the pending round trip off the session, so a callback URL works once only. */
  async takeOidc(session: StoredSession): Promise<StoredSession['oidc'] | null> {
    const before = await this.Sessions.findOneAndUpdate(
      { _id: session._id, oidc: { $exists: true } },
      { $unset: { oidc: 1 } },
      { returnDocument: 'before' },
    ).lean();
    return before?.oidc ?? null;
  }

  expiry(session: StoredSession): { idleExpiresAt: Date; absoluteExpiresAt: Date } {
    const absolute =
      (session.authenticatedAt ?? session.lastSeenAt).getTime() + this.settings.absoluteTimeoutMs;
    const idle = session.lastSeenAt.getTime() + this.settings.idleTimeoutMs;
    return { idleExpiresAt: new Date(Math.min(idle, absolute)), absoluteExpiresAt: new Date(absolute) };
  }

  private endReason(session: StoredSession, user: User | null): SessionEndReason | null {
    const now = this.now().getTime();
    if (!user || !user.active) return 'revoked';
    if (user.sessionsValidAfter && session.authenticatedAt! < user.sessionsValidAfter) return 'revoked';
    if (now >= session.authenticatedAt!.getTime() + this.settings.absoluteTimeoutMs) return 'absolute';
    if (now >= session.lastSeenAt.getTime() + this.settings.idleTimeoutMs) return 'idle';
    return null;
  }

  /** Turns a signed-in session into an anonymous one that remembers why it ended. */
  private notifyEnded(ended: EndedSessions): void {
    for (const listener of this.endedListeners) listener(ended);
  }

  private async end(session: StoredSession, reason: SessionEndReason): Promise<StoredSession> {
    await this.Sessions.updateOne(
      { _id: session._id },
      { $unset: { userId: 1, authenticatedAt: 1, mfaEnrolmentOnly: 1 }, $set: { endedReason: reason } },
    );
    const { userId: _u, authenticatedAt: _a, mfaEnrolmentOnly: _m, ...anonymous } = session;
    return { ...anonymous, endedReason: reason };
  }

  private async create(
    res: Response,
    fields: Omit<StoredSession, '_id' | 'lastSeenAt' | 'expiresAt'> & { expiresAt?: Date },
  ): Promise<StoredSession> {
    const token = randomToken();
    const now = this.now();
    const session: StoredSession = {
      _id: tokenDigest(this.settings.secret, token),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + RETAIN_MS),
      ...fields,
    };
    await this.Sessions.create(session);
    setSessionCookie(res, token, this.settings.secureCookies);
    return session;
  }
}
