import type { Request } from 'express';
import QRCode from 'qrcode';
import { Types, type Model } from 'mongoose';
import type { MfaDisableRequest, MfaEnrolment } from '@keha/shared';
import { ConflictError, ValidationError } from '../../platform/errors.js';
import { currentUser } from '../../platform/auth/current-user.js';
import type { LoginThrottle } from '../../platform/auth/login-throttle.js';
import { hashRecoveryCode, newRecoveryCodes } from '../../platform/auth/recovery-codes.js';
import type { SecretBox } from '../../platform/auth/secret-box.js';
import type { SessionManager } from '../../platform/auth/session-manager.js';
import { newTotpSecret, totpUri, verifyTotp } from '../../platform/auth/totp.js';
import type { User } from '../users/model.js';
import { verifyPassword } from '../users/passwords.js';
import type { CredentialUser } from './local-strategy.js';
import type { SecondFactor } from './second-factor.js';

/** TOTP enrolment (RFC 6238): a pending secret, confirmed by a first code, then recovery codes. */
export class MfaService {
  constructor(
    private readonly deps: {
      Users: Model<User>;
      box: SecretBox;
      sessions: SessionManager;
      throttle: LoginThrottle;
      secondFactor: SecondFactor;
      mfaRequired: boolean;
    },
  ) {}

  async enrol(req: Request): Promise<MfaEnrolment> {
    const user = currentUser(req);
    if (user.mfaEnabled)
      throw new ConflictError('Two-step verification is already on. Turn it off first to change the device.');
    const secret = newTotpSecret();
    await this.deps.Users.updateOne(
      { _id: user.id },
      { $set: { mfaPendingSecret: this.deps.box.seal(secret) } },
    );
    const otpauthUri = totpUri(secret, user.username);
    const qrCodeDataUrl = await QRCode.toDataURL(otpauthUri, {
      errorCorrectionLevel: 'M',
      margin: 1,
      width: 240,
    });
    return { otpauthUri, qrCodeDataUrl, secret };
  }

  /** Activates the pending secret; returns the recovery codes, the only time they are ever shown. */
  async confirm(req: Request, code: string): Promise<string[]> {
    const user = currentUser(req);
    const stored = await this.deps.Users.findById(user.id).select('+mfaPendingSecret').lean();
    if (!stored?.mfaPendingSecret)
      throw new ConflictError('Start the set-up first: no enrolment is pending.');
    const secret = this.deps.box.open(stored.mfaPendingSecret);
    const step = verifyTotp(secret, code);
    if (step === null)
      throw new ValidationError([
        { path: 'code', message: 'The code is not valid. Check the time on your phone.' },
      ]);

    const recoveryCodes = newRecoveryCodes();
    const result = await this.deps.Users.updateOne(
      { _id: user.id, mfaPendingSecret: stored.mfaPendingSecret },
      {
        $set: {
          mfaEnabled: true,
          mfaSecret: stored.mfaPendingSecret,
          mfaLastUsedStep: step,
          recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
        },
        $unset: { mfaPendingSecret: 1 },
      },
    );
    if (result.modifiedCount !== 1) throw new ConflictError('The enrolment changed meanwhile. Start again.');
    const session = req.sessionContext!.session!;
    if (session.mfaEnrolmentOnly) await this.deps.sessions.completeMfaEnrolment(session);
    return recoveryCodes;
  }

  /** Needs the password and a second factor, so a session left open on a desk cannot turn MFA off. */
  async disable(req: Request, input: MfaDisableRequest): Promise<void> {
    const user = currentUser(req);
    const ip = req.ip ?? 'unknown';
    await this.deps.throttle.assertAllowed(user.username, ip);
    const stored = await this.deps.Users.findById(user.id)
      .select('+passwordHash +mfaSecret +mfaLastUsedStep')
      .lean<CredentialUser>();
    if (!stored?.mfaEnabled) throw new ConflictError('Two-step verification is not on.');
    const passwordOk = await verifyPassword(stored.passwordHash, input.password);
    const codeOk = passwordOk && (await this.deps.secondFactor.verifyAndConsume(stored, input));
    if (!passwordOk || !codeOk) {
      await this.deps.throttle.recordFailure(user.username, ip);
      throw new ValidationError([
        passwordOk
          ? { path: input.totp ? 'totp' : 'recoveryCode', message: 'The code is not valid.' }
          : { path: 'password', message: 'The password is wrong.' },
      ]);
    }
    await this.deps.Users.updateOne(
      { _id: new Types.ObjectId(user.id) },
      { $set: { mfaEnabled: false, recoveryCodeHashes: [] }, $unset: { mfaSecret: 1, mfaLastUsedStep: 1 } },
    );
    if (this.deps.mfaRequired) await this.deps.sessions.requireMfaEnrolment(req.sessionContext!.session!);
  }
}
