import type { Types } from 'mongoose';
import { can, hasRole, isTeamMember, type AuditView, type Decision } from '@keha/shared';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { childAccessError } from '../../platform/access/denials.js';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { ForbiddenError } from '../../platform/errors.js';
import type { ChildAccessGate } from '../access/child-access-gate.js';
import type { StoredChild } from '../children/child-guard.js';
import type { ChildrenService } from '../children/service.js';

/** Placements, visits and findings are the 'placement' part: the team and the assigned inspector. */
const PART = 'placement';

/** A rule of the feature that narrows what the policy allows, with the message for its refusal. */
export interface Narrowing {
  allows: (caller: Caller, child: StoredChild) => boolean;
  message: string;
}

/** Placing a child is the team's decision: an inspector supervises the placement, never makes it. */
export const TEAM_ONLY: Narrowing = {
  allows: (caller, child) => isTeamMember(caller.user, String(child.teamId)),
  message: "Only the child's team places the child or changes the placement.",
};

/**
 * The one way the placement services reach children: each child a record touches is decided and
 * audited (ATL 10 §: whose data), and one refusal refuses the request before anything is read or written.
 */
export class PlacementAccess {
  constructor(
    private readonly children: ChildrenService,
    private readonly gate: ChildAccessGate,
  ) {}

  async decide(
    caller: Caller,
    childIds: readonly (Types.ObjectId | string)[],
    how: 'read' | 'write',
    view: AuditView,
    narrowing?: Narrowing,
  ): Promise<StoredChild[]> {
    const action = how === 'read' ? 'child.read' : 'child.write';
    const out: StoredChild[] = [];
    for (const id of new Set(childIds.map(String))) {
      const child = await this.children.findOrAuditMissing(caller, id, action);
      const narrow = narrowing
        ? (d: Decision): Decision =>
            narrowing.allows(caller, child) ? d : { allowed: false, reason: 'not_permitted' }
        : undefined;
      const { decision } = await this.gate.check(caller, action, child, {
        part: PART,
        view,
        ...(narrow ? { narrow } : {}),
      });
      if (!decision.allowed) {
        if (narrowing && decision.reason === 'not_permitted') throw new ForbiddenError(narrowing.message);
        throw childAccessError(decision.reason);
      }
      out.push(child);
    }
    return out;
  }
}

/**
 * For lists (a unit's placements, the visit planner): the children whose placement part the caller
 * may read as of right (no reasoned access), audited as one list event. With `oversight`, a child the
 * caller may list but not open (a supervisor's view across teams) counts too: the findings follow-up.
 */
export async function readableChildren(
  gate: ChildAccessGate,
  audit: AuditWriter,
  caller: Caller,
  children: readonly StoredChild[],
  view: AuditView,
  oversight = false,
): Promise<Set<string>> {
  const out = new Set<string>();
  for (const child of children) {
    const { resource } = await gate.resourceFor(caller, child, PART);
    const decision = can(caller.user, 'child.read', resource);
    const listed =
      oversight && hasRole(caller.user, 'supervisor') && can(caller.user, 'child.list', resource).allowed;
    if ((decision.allowed && !decision.flagged) || listed) out.add(String(child._id));
  }
  await audit.record({
    ...auditActor(caller),
    category: 'client_data',
    action: 'child.list',
    outcome: 'allowed',
    view,
    childIds: [...out],
  });
  return out;
}
