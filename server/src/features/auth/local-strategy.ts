import type { Request, Response } from 'express';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { Model } from 'mongoose';
import type { User } from '../users/model.js';
import { verifyPassword } from '../users/passwords.js';

/** The user document a password check yields: with the MFA fields the next step needs. */
export type CredentialUser = User & { _id: import('mongoose').Types.ObjectId };

export type Authenticator = InstanceType<typeof passport.Authenticator>;

const SECRET_FIELDS = '+passwordHash +mfaSecret +mfaLastUsedStep';

/**
 * An argon2id hash (production parameters) of a random password nobody knows. A constant, so there
 * is no hashing at start-up and the very first unknown-username login costs the same as any other.
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$hdFRmXGSfvMBdqalyNSdmg$U+dUc/0tMToPSv1dl5/eAGX3Bpyr5t1GxQ75l2DJ6+M';

/**
 * Passport with the local (username + password) strategy against the argon2id hashes. Its own
 * `Authenticator`, not the global singleton, so several apps in one process (tests) stay apart.
 * An unknown or deactivated username is checked against a dummy hash: the same work, the same time,
 * the same answer as a wrong password.
 */
export function localAuthenticator(Users: Model<User>): Authenticator {
  const authenticator = new passport.Authenticator();
  authenticator.use(
    'local',
    new LocalStrategy((username, password, done) => {
      void (async () => {
        const user = await Users.findOne({ username: username.trim().toLowerCase() })
          .select(SECRET_FIELDS)
          .lean<CredentialUser>();
        const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
        return ok && user?.active ? user : false;
      })().then(
        (user) => done(null, user),
        (err: unknown) => done(err),
      );
    }),
  );
  return authenticator;
}

/** Runs the local strategy for a request whose body has been validated; resolves the user or null. */
export function checkPassword(
  authenticator: Authenticator,
  req: Request,
  res: Response,
): Promise<CredentialUser | null> {
  return new Promise((resolve, reject) => {
    const middleware = authenticator.authenticate(
      'local',
      { session: false },
      (err: unknown, user: unknown) => {
        if (err) reject(err instanceof Error ? err : new Error(String(err)));
        else resolve((user as CredentialUser | false) || null);
      },
    ) as (req: Request, res: Response, next: (err?: unknown) => void) => void;
    middleware(req, res, (err) => reject(err instanceof Error ? err : new Error('passport failed')));
  });
}
