import type { Role } from '../roles/roles.js';
import type {
  AccessGrantRef,
  Action,
  AccessResource,
  ChildAction,
  ChildResource,
  Decision,
  DenyReason,
  PolicyUser,
} from './access-types.js';

/**
 * The one access policy (ATL 9 §: need to know, via a verified client relationship or task). Every
 * service asks `can()` before it touches client data; the decision, allowed or not, is then audited.
 */

/** Roles that work on a team's children; membership of the child's team gives them the record. */
export const TEAM_ROLES: readonly Role[] = [
  'social_worker',
  'practitioner',
  'team_lead',
  'family_therapist',
  'coordinator',
];
/** Roles that can ever see client data; an administrator-only account has none of them. */
const CLIENT_DATA_ROLES: readonly Role[] = [...TEAM_ROLES, 'supervisor', 'placement_inspector'];
/** What an assigned placement inspector may read: who the child is and the placement itself. */
const INSPECTOR_READABLE_PARTS = new Set(['core', 'placement']);

const allow = (flagged?: 'break_glass' | 'supervisor_access'): Decision =>
  flagged ? { allowed: true, flagged } : { allowed: true };
const deny = (reason: DenyReason): Decision => ({ allowed: false, reason });

export function hasRole(user: Pick<PolicyUser, 'roles'>, role: Role): boolean {
  return user.roles.includes(role);
}

export function hasClientDataRole(user: Pick<PolicyUser, 'roles'>): boolean {
  return user.roles.some((role) => CLIENT_DATA_ROLES.includes(role));
}

export function isTeamMember(user: PolicyUser, teamId: string): boolean {
  return user.teamIds.includes(teamId) && user.roles.some((role) => TEAM_ROLES.includes(role));
}

/** A grant counts only for its own user and child, before it expires, and if the role still fits. */
export function validGrant(user: PolicyUser, resource: ChildResource): AccessGrantRef | undefined {
  return resource.grants.find(
    (grant) =>
      grant.userId === user.id &&
      grant.childId === resource.childId &&
      grant.expiresAt.getTime() > resource.now.getTime() &&
      (grant.kind === 'break_glass' || hasRole(user, 'supervisor')),
  );
}

export function can(user: PolicyUser, action: Action, resource: AccessResource): Decision {
  if (action.startsWith('child.')) {
    return resource.kind === 'child'
      ? decideForChild(user, action as ChildAction, resource)
      : deny('not_permitted');
  }
  switch (action) {
    case 'admin.users':
    case 'admin.teams':
      return hasRole(user, 'administrator') ? allow() : deny('not_administrator');
    case 'access_review.list':
      return hasRole(user, 'supervisor') ? allow() : deny('not_supervisor');
    case 'access_review.decide':
      if (!hasRole(user, 'supervisor')) return deny('not_supervisor');
      if (resource.kind !== 'access_review') return deny('not_permitted');
      return resource.accessedByUserId === user.id ? deny('own_access') : allow();
    default:
      return deny('not_permitted');
  }
}

function decideForChild(user: PolicyUser, action: ChildAction, child: ChildResource): Decision {
  if (!hasClientDataRole(user)) return deny('no_client_data');
  const member = isTeamMember(user, child.teamId);
  const inspector = hasRole(user, 'placement_inspector') && child.inspectorIds.includes(user.id);
  const supervisor = hasRole(user, 'supervisor');
  switch (action) {
    case 'child.list':
      // Supervisors see every child in a list, but only the summary fields (see childListView).
      return member || inspector || supervisor ? allow() : deny('no_relationship');
    case 'child.read':
      return decideRead(user, child, member, inspector, supervisor);
    case 'child.write':
      if (member) return allow();
      if (inspector && child.part === 'placement') return allow();
      // A grant is for looking, never for changing: a wrong emergency access must not alter the record.
      if (validGrant(user, child) || supervisor) return deny('read_only_access');
      return deny(inspector ? 'part_not_permitted' : 'no_relationship');
    case 'child.access_log':
      // ATL 11 § requests are answered by supervisors; the child's own team lead may prepare one.
      return supervisor || (member && hasRole(user, 'team_lead')) ? allow() : deny('not_permitted');
    case 'child.request_break_glass':
      if (supervisor) return deny('not_permitted'); // supervisors use their own, reasoned access
      return member ? deny('not_permitted') : allow();
    case 'child.request_supervisor_access':
      if (!supervisor) return deny('not_supervisor');
      return member ? deny('not_permitted') : allow();
  }
}

function decideRead(
  user: PolicyUser,
  child: ChildResource,
  member: boolean,
  inspector: boolean,
  supervisor: boolean,
): Decision {
  if (member) return allow();
  if (inspector && INSPECTOR_READABLE_PARTS.has(child.part)) return allow();
  const grant = validGrant(user, child);
  if (grant) return allow(grant.kind === 'supervisor' ? 'supervisor_access' : 'break_glass');
  if (supervisor) return deny('reason_required');
  return deny(inspector ? 'part_not_permitted' : 'no_relationship');
}

/** Which fields a permitted list row shows: supervisors get no identity codes or dates of birth. */
export function childListView(
  user: PolicyUser,
  child: Pick<ChildResource, 'teamId' | 'inspectorIds'>,
): 'full' | 'summary' {
  const related =
    isTeamMember(user, child.teamId) ||
    (hasRole(user, 'placement_inspector') && child.inspectorIds.includes(user.id));
  return related ? 'full' : 'summary';
}

/** The query scope for "the children I may see", matching `can(user, 'child.list', ...)`. */
export interface ChildListScope {
  everything: boolean;
  teamIds: string[];
  inspectorUserId: string | null;
}

export function childListScope(user: PolicyUser): ChildListScope {
  if (!hasClientDataRole(user)) return { everything: false, teamIds: [], inspectorUserId: null };
  return {
    everything: hasRole(user, 'supervisor'),
    teamIds: user.roles.some((role) => TEAM_ROLES.includes(role)) ? [...user.teamIds] : [],
    inspectorUserId: hasRole(user, 'placement_inspector') ? user.id : null,
  };
}
