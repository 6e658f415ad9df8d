import type { Decision, PolicyUser } from './access-types.js';
import { hasRole } from './policy.js';

/**
 * Rules that depend on who did what before, not only on who is asking (LSL 13 §, 13 b §).
 * They are checked where the decision is recorded, in addition to `can()`.
 */

/** A practitioner (sosiaaliohjaaja) is not a qualified social worker and cannot be the named one. */
export function canBeNamedSocialWorker(user: Pick<PolicyUser, 'roles'>): Decision {
  return hasRole(user, 'social_worker') || hasRole(user, 'team_lead')
    ? { allowed: true }
    : { allowed: false, reason: 'not_qualified' };
}

/** The child's own named social worker prepares a care order but must not approve it (LSL 13 §). */
export function canApproveCareOrder(
  approver: Pick<PolicyUser, 'id' | 'roles'>,
  careOrder: { namedSocialWorkerId: string | null },
): Decision {
  if (!hasRole(approver, 'supervisor')) return { allowed: false, reason: 'not_supervisor' };
  if (careOrder.namedSocialWorkerId === approver.id)
    return { allowed: false, reason: 'separation_of_duties' };
  return { allowed: true };
}

/** Whoever made an emergency placement must not approve its extension (LSL 13 §, 38 §). */
export function canApproveEmergencyPlacementExtension(
  approver: Pick<PolicyUser, 'id' | 'roles'>,
  placement: { madeByUserId: string },
): Decision {
  if (!hasRole(approver, 'supervisor')) return { allowed: false, reason: 'not_supervisor' };
  if (placement.madeByUserId === approver.id) return { allowed: false, reason: 'separation_of_duties' };
  return { allowed: true };
}
