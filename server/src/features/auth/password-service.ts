import type { Request, Response } from 'express';
import { Types, type Model } from 'mongoose';
import type { ChangePasswordRequest } from '@keha/shared';
import { ValidationError } from '../../platform/errors.js';
import { currentUser } from '../../platform/auth/current-user.js';
import type { LoginThrottle } from '../../platform/auth/login-throttle.js';
import type { SessionManager } from '../../platform/auth/session-manager.js';
import type { User } from '../users/model.js';
import { hashPassword, passwordProblem, verifyPassword } from '../users/passwords.js';

export class PasswordService {
  constructor(
    private readonly Users: Model<User>,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionManager,
  ) {}

  /**
   * The current password is checked (and counted like a login failure when wrong, so a borrowed
   * session is no way around the lockout). Afterwards every other session of the user ends: whoever
   * knew the old password is signed out.
   */
  async change(req: Request, res: Response, input: ChangePasswordRequest): Promise<void> {
    const user = currentUser(req);
    const ip = req.ip ?? 'unknown';
    await this.throttle.assertAllowed(user.username, ip);
    const stored = await this.Users.findById(user.id).select('+passwordHash').lean();
    if (!stored || !(await verifyPassword(stored.passwordHash, input.currentPassword))) {
      await this.throttle.recordFailure(user.username, ip);
      throw new ValidationError([{ path: 'currentPassword', message: 'The current password is wrong.' }]);
    }
    const problem = passwordProblem(input.newPassword, user.username);
    if (problem) throw new ValidationError([{ path: 'newPassword', message: problem }]);

    const userId = new Types.ObjectId(user.id);
    await this.Users.updateOne(
      { _id: userId },
      { $set: { passwordHash: await hashPassword(input.newPassword) } },
    );
    const mfaEnrolmentOnly = Boolean(req.sessionContext?.session?.mfaEnrolmentOnly);
    await this.sessions.revokeAll(userId);
    await this.sessions.signIn(req, res, userId, { mfaEnrolmentOnly });
  }
}
