import type { Role } from '../roles/roles.js';
import type { AccessGrantRef, ChildResource, Decision, PolicyUser, RecordPart } from './access-types.js';

/** Shared fixtures of the policy specs: decision codes and the scenario builder. */
export const RELATIONSHIPS = [
  'own_team',
  'other_team',
  'assigned_inspection',
  'none',
  'break_glass_grant',
  'supervisor_grant',
  'expired_grant',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const CODES: Record<string, Decision> = {
  A: { allowed: true },
  B: { allowed: true, flagged: 'break_glass' },
  S: { allowed: true, flagged: 'supervisor_access' },
  n: { allowed: false, reason: 'no_relationship' },
  r: { allowed: false, reason: 'reason_required' },
  p: { allowed: false, reason: 'part_not_permitted' },
  o: { allowed: false, reason: 'read_only_access' },
  x: { allowed: false, reason: 'not_permitted' },
  v: { allowed: false, reason: 'not_supervisor' },
  c: { allowed: false, reason: 'no_client_data' },
};

export const NOW = new Date('2026-03-10T10:00:00Z');
const CHILD_ID = 'child-1';

export function grant(
  kind: AccessGrantRef['kind'],
  userId: string,
  expiresAt = new Date(NOW.getTime() + 3_600_000),
): AccessGrantRef {
  return { kind, userId, childId: CHILD_ID, expiresAt };
}

export function scenario(
  role: Role,
  relationship: Relationship,
  part: RecordPart,
): { user: PolicyUser; child: ChildResource } {
  const user: PolicyUser = {
    id: 'u-1',
    roles: [role],
    teamIds: relationship === 'own_team' ? ['team-1'] : relationship === 'none' ? [] : ['team-2'],
  };
  const grants: AccessGrantRef[] =
    relationship === 'break_glass_grant'
      ? [grant('break_glass', user.id)]
      : relationship === 'supervisor_grant'
        ? [grant('supervisor', user.id)]
        : relationship === 'expired_grant'
          ? [grant('break_glass', user.id, new Date(NOW.getTime() - 1))]
          : [];
  const child: ChildResource = {
    kind: 'child',
    childId: CHILD_ID,
    teamId: 'team-1',
    namedSocialWorkerId: 'u-named',
    inspectorIds: relationship === 'assigned_inspection' ? [user.id] : ['u-other-inspector'],
    part,
    grants,
    now: NOW,
  };
  return { user, child };
}
