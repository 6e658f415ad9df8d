import { SessionInfo, SessionUser } from '../data/session.model';

export function sessionInfo(
  user: Partial<SessionUser> = {},
  overrides: Partial<Omit<SessionInfo, 'user'>> = {},
): SessionInfo {
  return {
    user: {
      id: 'u1',
      username: 'maija',
      displayName: 'Maija Meikäläinen',
      roles: ['social_worker'],
      teamIds: ['t1'],
      language: 'fi',
      mfaEnabled: false,
      ...user,
    },
    idleExpiresAt: '2026-11-22T21:30:00.000Z',
    absoluteExpiresAt: '2026-11-23T09:00:00.000Z',
    mfaEnrolmentRequired: false,
    ...overrides,
  };
}
