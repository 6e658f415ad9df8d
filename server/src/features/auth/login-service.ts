import type { Request, Response } from 'express';
import type { Authenticator } from './local-strategy.js';
import type { LoginRequest, SessionInfo } from '@keha/shared';
import { AppError } from '../../platform/errors.js';
import type { LoginThrottle } from '../../platform/auth/login-throttle.js';
import type { SessionManager } from '../../platform/auth/session-manager.js';
import { toSessionUser } from '../users/session-user.js';
import { checkPassword } from './local-strategy.js';
import type { SecondFactor } from './second-factor.js';
import { sessionInfo } from './session-info.js';

/** The one answer for an unknown username, a deactivated account and a wrong password. */
export const WRONG_CREDENTIALS = 'Wrong username or password.';

export class LoginService {
  constructor(
    private readonly deps: {
      authenticator: Authenticator;
      throttle: LoginThrottle;
      sessions: SessionManager;
      secondFactor: SecondFactor;
      mfaRequired: boolean;
    },
  ) {}

  async login(req: Request, res: Response, input: LoginRequest): Promise<SessionInfo> {
    const { throttle, sessions, secondFactor } = this.deps;
    const ip = req.ip ?? 'unknown';
    await throttle.assertAllowed(input.username, ip);

    const user = await checkPassword(this.deps.authenticator, req, res);
    if (!user) {
      await throttle.recordFailure(input.username, ip);
      throw new AppError('unauthenticated', WRONG_CREDENTIALS);
    }
    if (user.mfaEnabled) {
      // Only now, after the right password, may the answer reveal that a second factor is on.
      if (!input.totp && !input.recoveryCode) {
        throw new AppError('mfa_required', 'Enter the code from your authenticator app.');
      }
      if (!(await secondFactor.verifyAndConsume(user, input))) {
        await throttle.recordFailure(input.username, ip);
        throw new AppError('mfa_required', 'The code is not valid. Enter the current code from your app.');
      }
    }
    await throttle.recordSuccess(input.username);
    const session = await sessions.signIn(req, res, user._id, {
      mfaEnrolmentOnly: this.deps.mfaRequired && !user.mfaEnabled,
    });
    return sessionInfo(sessions, session, toSessionUser(user));
  }
}
