import {
  canBeNamedSocialWorker,
  hasClientDataRole,
  hasRole,
  type Decision,
  type PolicyUser,
} from '@keha/shared';

/**
 * Who may create a child in a team or allocate its named social worker (LSL 13 b §): the team's social
 * workers and team lead, and supervisors (caseload oversight across teams: the teams they are members
 * of, or every team when they have none, as in the demo organisation). `can()` alone does not answer
 * this: it lets every team role write and never lets a supervisor write a child's record.
 */
export function allocationDecision(user: PolicyUser, teamId: string): Decision {
  if (!hasClientDataRole(user)) return { allowed: false, reason: 'no_client_data' };
  if (supervises(user, teamId)) return { allowed: true };
  const worker = hasRole(user, 'social_worker') || hasRole(user, 'team_lead');
  return worker && user.teamIds.includes(teamId)
    ? { allowed: true }
    : { allowed: false, reason: 'not_permitted' };
}

export function supervises(user: PolicyUser, teamId: string): boolean {
  return hasRole(user, 'supervisor') && (user.teamIds.length === 0 || user.teamIds.includes(teamId));
}

/** The worker to name: an active social worker or team lead of the child's team, never a practitioner. */
export function namedWorkerIssue(
  worker: { active: boolean; roles: PolicyUser['roles']; teamIds: { toString(): string }[] } | null,
  teamId: string,
): string | null {
  if (!worker || !worker.active) return 'No active user with this id.';
  if (!canBeNamedSocialWorker(worker).allowed)
    return 'Only a social worker or team lead can be the named social worker (LSL 13 b §).';
  if (!worker.teamIds.some((id) => id.toString() === teamId)) return "Not a member of the child's team.";
  return null;
}
