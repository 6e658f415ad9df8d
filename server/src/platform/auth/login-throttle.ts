import { Schema, type Connection, type Model } from 'mongoose';
import { AppError } from '../errors.js';

/**
 * Failed-login counters in MongoDB (so every server process sees the same counts), one per username
 * (known or not: locking only real accounts would reveal which exist) and one per client IP.
 */
interface LoginFailures {
  _id: string;
  failures: number;
  firstFailureAt: Date;
  lockedUntil?: Date;
  /** TTL: a counter disappears once its window and any lock are over. */
  expiresAt: Date;
}

const failuresSchema = new Schema<LoginFailures>(
  {
    _id: { type: String, required: true },
    failures: { type: Number, required: true },
    firstFailureAt: { type: Date, required: true },
    lockedUntil: Date,
    expiresAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'login_failures' },
);
failuresSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export interface ThrottleSettings {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  /** Both the counting window and the lock length. */
  lockMs: number;
}

export class LoginThrottle {
  private readonly Failures: Model<LoginFailures>;

  constructor(
    connection: Connection,
    private readonly settings: ThrottleSettings,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.Failures = connection.models['LoginFailures'] ?? connection.model('LoginFailures', failuresSchema);
  }

  /** Throws 423 `account_locked` or 429 `rate_limited` (with seconds to wait) while a lock is on. */
  async assertAllowed(username: string, ip: string): Promise<void> {
    const now = this.now();
    const locks = await this.Failures.find({
      _id: { $in: [accountKey(username), ipKey(ip)] },
      lockedUntil: { $gt: now },
    }).lean();
    const account = locks.find((lock) => lock._id === accountKey(username));
    if (account) {
      throw new LockedError(
        'account_locked',
        'Too many failed sign-in attempts. The account is locked for a while; try again later or ask an administrator to unlock it.',
        secondsUntil(account.lockedUntil!, now),
      );
    }
    const byIp = locks[0];
    if (byIp) {
      throw new LockedError(
        'rate_limited',
        'Too many failed sign-in attempts from this network. Try again later.',
        secondsUntil(byIp.lockedUntil!, now),
      );
    }
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    await Promise.all([
      this.count(accountKey(username), this.settings.maxFailuresPerAccount),
      this.count(ipKey(ip), this.settings.maxFailuresPerIp),
    ]);
  }

  /** A successful login clears the account's counter (not the IP's: one good account must not reset an attack). */
  async recordSuccess(username: string): Promise<void> {
    await this.Failures.deleteOne({ _id: accountKey(username) });
  }

  /** For the administrators' user list: the accounts among `usernames` locked now, with the lock's end. */
  async lockedUntil(usernames: readonly string[]): Promise<Map<string, Date>> {
    const locks = await this.Failures.find({
      _id: { $in: usernames.map(accountKey) },
      lockedUntil: { $gt: this.now() },
    }).lean();
    return new Map(locks.map((lock) => [lock._id.slice('account:'.length), lock.lockedUntil!]));
  }

  /** Administrator action: lift a lockout before it runs out. */
  async unlock(username: string): Promise<void> {
    await this.Failures.deleteOne({ _id: accountKey(username) });
  }

  private async count(key: string, max: number): Promise<void> {
    const now = this.now();
    const windowStart = new Date(now.getTime() - this.settings.lockMs);
    const expiresAt = new Date(now.getTime() + 2 * this.settings.lockMs);
    // A counter whose window has passed (and is not locked) starts again from one.
    await this.Failures.deleteOne({
      _id: key,
      firstFailureAt: { $lte: windowStart },
      lockedUntil: { $not: { $gt: now } },
    });
    const counter = await this.Failures.findOneAndUpdate(
      { _id: key },
      { $inc: { failures: 1 }, $setOnInsert: { firstFailureAt: now }, $set: { expiresAt } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    if (counter && counter.failures >= max && !(counter.lockedUntil && counter.lockedUntil > now)) {
      const lockedUntil = new Date(now.getTime() + this.settings.lockMs);
      await this.Failures.updateOne(
        { _id: key },
        { $set: { lockedUntil, failures: 0, firstFailureAt: now } },
      );
    }
  }
}

export class LockedError extends AppError {
  constructor(
    code: 'account_locked' | 'rate_limited',
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}

function accountKey(username: string): string {
  return `account:${username.trim().toLowerCase()}`;
}

function ipKey(ip: string): string {
  return `ip:${ip}`;
}

function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
