import type { Model, Types } from 'mongoose';
import type { Role } from '@keha/shared';
import type { OidcConfig } from '../../platform/auth/oidc-config.js';
import type { User } from '../users/model.js';
import { DUMMY_HASH } from './local-strategy.js';

export interface OidcClaims {
  sub: string;
  name?: unknown;
  preferred_username?: unknown;
  email?: unknown;
  [claim: string]: unknown;
}

/** Kehä roles from the IdP's groups claim; groups without a mapping are ignored. */
export function rolesFromGroups(claims: OidcClaims, config: OidcConfig): Role[] {
  const groups = claims[config.groupsClaim];
  const list = Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [];
  return [
    ...new Set(list.map((group) => config.groupRoleMap[group]).filter((role): role is Role => Boolean(role))),
  ];
}

/**
 * Finds the user of an SSO identity (issuer + sub) or creates one. Never matched by username or
 * e-mail: an IdP account must not take over a local account that happens to share a name. The IdP is
 * the source of truth for roles and name, refreshed at every sign-in. The password hash is one that
 * no password matches, so an SSO user cannot sign in locally.
 */
export async function upsertOidcUser(
  Users: Model<User>,
  config: OidcConfig,
  claims: OidcClaims,
  roles: Role[],
): Promise<(User & { _id: Types.ObjectId }) | null> {
  const oidcIdentity = `${config.issuer.href}#${claims.sub}`;
  const displayName = text(claims.name) ?? text(claims.preferred_username) ?? claims.sub;
  const existing = await Users.findOneAndUpdate(
    { oidcIdentity },
    { $set: { roles, displayName: displayName.slice(0, 120) } },
    { returnDocument: 'after' },
  ).lean();
  if (existing) return existing.active ? existing : null;

  const username = await freeUsername(
    Users,
    text(claims.preferred_username) ?? text(claims.email) ?? claims.sub,
  );
  const created = await Users.create({
    username,
    displayName: displayName.slice(0, 120),
    roles,
    passwordHash: DUMMY_HASH,
    oidcIdentity,
  });
  return created.toObject();
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A valid username from the IdP's name for the user, with a number added if it is taken. */
async function freeUsername(Users: Model<User>, wanted: string): Promise<string> {
  const base =
    (wanted.split('@')[0] ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]/g, '')
      .slice(0, 56) || 'user';
  const padded = base.length < 2 ? `${base}-sso` : base;
  for (let n = 0; n < 100; n++) {
    const candidate = n === 0 ? padded : `${padded}-${n + 1}`;
    if (!(await Users.exists({ username: candidate }))) return candidate;
  }
  throw new Error('No free username for the single sign-on user.');
}
