/**
 * The client's copy of the auth API contract (shared/src/auth/auth-api.ts, shared/src/roles/roles.ts).
 * Types only, so that zod stays out of the browser bundle.
 */
export const ROLES = [
  'social_worker',
  'practitioner',
  'team_lead',
  'family_therapist',
  'coordinator',
  'supervisor',
  'placement_inspector',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  teamIds: string[];
  language: 'fi' | 'sv' | 'en';
  mfaEnabled: boolean;
}

/** `POST /auth/login` and `GET /auth/me` answer with this. */
export interface SessionInfo {
  user: SessionUser;
  /** ISO time when the session ends unless there is activity (rolling). */
  idleExpiresAt: string;
  /** ISO time when the session ends regardless of activity. */
  absoluteExpiresAt: string;
  /** Policy requires MFA for this account and it is not enrolled yet. */
  mfaEnrolmentRequired: boolean;
}

export interface LoginRequest {
  username: string;
  password: string;
  /** The six-digit TOTP code, on the second step. */
  totp?: string;
  /** A one-time recovery code instead of the TOTP code. */
  recoveryCode?: string;
}

/** `GET /auth/options`: what the login page offers. */
export interface AuthOptions {
  sso: boolean;
  ssoLoginUrl?: string;
}

export function hasRole(session: SessionInfo | null, role: Role): boolean {
  return !!session && session.user.roles.includes(role);
}
