import { Types, type Connection } from 'mongoose';
import type { AdminUser, CreateUserRequest, UpdateUserRequest } from '@keha/shared';
import { type Caller } from '../../platform/access/caller.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { teamModel } from '../teams/model.js';
import { userModel, type User } from '../users/model.js';
import { hashPassword, passwordProblem } from '../users/passwords.js';
import type { AdminGuard } from './admin-audit.js';

/** What administration needs from authentication (login throttle and session manager). */
export interface AccountControls {
  unlock(username: string): Promise<void>;
  /** Locked accounts among these usernames (lower-case), with the end of each lock. */
  lockedUntil(usernames: readonly string[]): Promise<Map<string, Date>>;
  revokeAll(userId: Types.ObjectId): Promise<void>;
}

type StoredUser = User & { _id: Types.ObjectId };

/** Only the fields an administrator manages: never hashes, TOTP secrets or recovery codes. */
function toAdminUser(u: StoredUser, lockedUntil: Date | null = null): AdminUser {
  return {
    id: String(u._id),
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    teamIds: u.teamIds.map(String),
    language: u.language,
    active: u.active,
    mfaEnabled: Boolean(u.mfaEnabled),
    // Always present (null when not locked) so the response matches the shared schema.
    lockedUntil: lockedUntil?.toISOString() ?? null,
  };
}

/** Users are deactivated, never deleted: audit events and children's records refer to them. */
export class AdminUserService {
  constructor(
    private readonly connection: Connection,
    private readonly guard: AdminGuard,
    private readonly accounts: AccountControls,
  ) {}

  async list(caller: Caller): Promise<AdminUser[]> {
    await this.guard.require(caller, 'admin.users', 'admin.user.list', { type: 'users' });
    await this.guard.recordAllowed(caller, 'admin.user.list', { type: 'users' });
    const users = await userModel(this.connection).find().sort({ username: 1 }).lean();
    const locks = await this.accounts.lockedUntil(users.map((u) => u.username));
    return users.map((u) => toAdminUser(u, locks.get(u.username) ?? null));
  }

  async create(caller: Caller, input: CreateUserRequest): Promise<AdminUser> {
    await this.guard.require(caller, 'admin.users', 'admin.user.create', { type: 'user' });
    const problem = passwordProblem(input.password, input.username);
    if (problem) throw new ValidationError([{ path: 'password', message: problem }]);
    await this.assertTeamsExist(input.teamIds);
    const Users = userModel(this.connection);
    await Users.init();
    if (await Users.exists({ username: input.username })) {
      throw new ConflictError('That username is taken.', [{ path: 'username', message: 'Already in use.' }]);
    }
    await this.guard.recordAllowed(caller, 'admin.user.create', { type: 'user', id: input.username }, [
      'username',
      'displayName',
      'roles',
      'teamIds',
      'language',
    ]);
    const created = await Users.create({
      username: input.username,
      displayName: input.displayName,
      roles: input.roles,
      teamIds: input.teamIds.map((id) => new Types.ObjectId(id)),
      language: input.language,
      passwordHash: await hashPassword(input.password),
    });
    return toAdminUser(created.toObject() as StoredUser);
  }

  async update(caller: Caller, id: string, patch: UpdateUserRequest): Promise<AdminUser> {
    await this.guard.require(caller, 'admin.users', 'admin.user.update', { type: 'user', id });
    const user = await this.find(id);
    if (patch.teamIds) await this.assertTeamsExist(patch.teamIds);
    if (patch.active === false && user._id.equals(caller.user.id)) {
      throw new ValidationError([{ path: 'active', message: 'You cannot deactivate your own account.' }]);
    }
    await this.guard.recordAllowed(caller, 'admin.user.update', { type: 'user', id }, Object.keys(patch));
    const $set: Record<string, unknown> = { ...patch };
    if (patch.teamIds) $set['teamIds'] = patch.teamIds.map((t) => new Types.ObjectId(t));
    const updated = await userModel(this.connection)
      .findByIdAndUpdate(id, { $set }, { returnDocument: 'after', runValidators: true })
      .lean();
    // Deactivation ends the sessions at their next request (the session check reads `active`).
    const locks = await this.accounts.lockedUntil([user.username]);
    return toAdminUser(updated as StoredUser, locks.get(user.username) ?? null);
  }

  async unlock(caller: Caller, id: string): Promise<void> {
    await this.guard.require(caller, 'admin.users', 'admin.user.unlock', { type: 'user', id });
    const user = await this.find(id);
    await this.guard.recordAllowed(caller, 'admin.user.unlock', { type: 'user', id });
    await this.accounts.unlock(user.username);
  }

  /** For a lost authenticator: MFA off, secrets and recovery codes gone, every session ended. */
  async resetMfa(caller: Caller, id: string): Promise<void> {
    await this.guard.require(caller, 'admin.users', 'admin.user.mfa_reset', { type: 'user', id });
    const user = await this.find(id);
    await this.guard.recordAllowed(caller, 'admin.user.mfa_reset', { type: 'user', id }, [
      'mfaEnabled',
      'mfaSecret',
      'recoveryCodeHashes',
    ]);
    await userModel(this.connection).updateOne(
      { _id: user._id },
      {
        $set: { mfaEnabled: false, recoveryCodeHashes: [] },
        $unset: { mfaSecret: 1, mfaPendingSecret: 1, mfaLastUsedStep: 1 },
      },
    );
    await this.accounts.revokeAll(user._id);
  }

  private async find(id: string): Promise<StoredUser> {
    const user = await userModel(this.connection).findById(id).lean();
    if (!user) throw new NotFoundError('No such user.');
    return user as StoredUser;
  }

  private async assertTeamsExist(teamIds: string[]): Promise<void> {
    const found = await teamModel(this.connection).countDocuments({
      _id: { $in: teamIds.map((t) => new Types.ObjectId(t)) },
    });
    if (found !== new Set(teamIds).size)
      throw new ValidationError([{ path: 'teamIds', message: 'Unknown team.' }]);
  }
}
