import { Role } from '../../auth/data/session.model';

/** The client's copy of shared/src/admin/admin-api.ts (types only). */
export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  teamIds: string[];
  language: 'fi' | 'sv' | 'en';
  active: boolean;
  mfaEnabled: boolean;
  /** ISO time until which sign-in is locked, or null (always sent by the server). */
  lockedUntil: string | null;
}

export interface CreateUserRequest {
  username: string;
  displayName: string;
  roles: Role[];
  teamIds: string[];
  language: 'fi' | 'sv' | 'en';
  /** The initial password (at least 12 characters, not a common one). */
  password: string;
}

export interface UpdateUserRequest {
  displayName?: string;
  roles?: Role[];
  teamIds?: string[];
  active?: boolean;
}

export interface AdminTeam {
  id: string;
  code: string;
  name: string;
}
