import type { SessionUser } from '@keha/shared';
import type { Types } from 'mongoose';
import type { User } from './model.js';

/**
 * The only shape of a user that leaves the users feature toward routes and services: an explicit
 * list of fields, so a hash or secret added to the model later cannot slip into a response.
 */
export function toSessionUser(user: User & { _id: Types.ObjectId }): SessionUser {
  return {
    id: user._id.toHexString(),
    username: user.username,
    displayName: user.displayName,
    roles: [...user.roles],
    teamIds: user.teamIds.map((id) => id.toHexString()),
    language: user.language,
    mfaEnabled: Boolean(user.mfaEnabled),
  };
}
