import type { Model } from 'mongoose';
import type { User } from '../users/model.js';
import { hashRecoveryCode } from '../../platform/auth/recovery-codes.js';
import type { SecretBox } from '../../platform/auth/secret-box.js';
import { verifyTotp } from '../../platform/auth/totp.js';
import type { CredentialUser } from './local-strategy.js';

export interface SecondFactorInput {
  totp?: string;
  recoveryCode?: string;
}

/**
 * Checks a TOTP code or a recovery code and consumes it in the same atomic update: a TOTP step is
 * accepted only if later than the last accepted one, a recovery code is pulled from the list. Two
 * requests racing with the same code cannot both succeed.
 */
export class SecondFactor {
  constructor(
    private readonly Users: Model<User>,
    private readonly box: SecretBox,
  ) {}

  async verifyAndConsume(user: CredentialUser, input: SecondFactorInput): Promise<boolean> {
    if (input.totp && user.mfaSecret) {
      const step = verifyTotp(this.box.open(user.mfaSecret), input.totp);
      if (step === null) return false;
      const result = await this.Users.updateOne(
        { _id: user._id, $or: [{ mfaLastUsedStep: { $exists: false } }, { mfaLastUsedStep: { $lt: step } }] },
        { $set: { mfaLastUsedStep: step } },
      );
      return result.modifiedCount === 1;
    }
    if (input.recoveryCode) {
      const hash = hashRecoveryCode(input.recoveryCode);
      const result = await this.Users.updateOne(
        { _id: user._id, recoveryCodeHashes: hash },
        { $pull: { recoveryCodeHashes: hash } },
      );
      return result.modifiedCount === 1;
    }
    return false;
  }
}
