import { Types, type Connection } from 'mongoose';
import {
  can,
  isTeamMember,
  validGrant,
  type AccessGrantRef,
  type ChildAction,
  type ChildResource,
  type Decision,
  type RecordPart,
} from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { inspectorAssignmentModel } from '../children/inspector-assignment.model.js';
import { accessGrantModel } from './grant.model.js';

/** The fields of a child that decide who may see it. */
export interface ChildRelationshipFacts {
  _id: Types.ObjectId;
  teamId: Types.ObjectId;
  namedSocialWorkerId: Types.ObjectId | null;
}

export interface GateDecision {
  decision: Decision;
  /** The grant that allowed a flagged access, so its reason becomes the audited purpose. */
  grant?: { id: string; reason: string };
}

/**
 * The one place where a service asks about a child: it loads the relationship (team, inspector
 * assignments, the caller's grants), asks `can()`, and writes the audit event for the answer
 * whichever it is, before the service goes on. An audit failure rejects, so the request fails.
 */
export class ChildAccessGate {
  constructor(
    private readonly connection: Connection,
    private readonly audit: AuditWriter,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * The policy's view of the child for this caller, and the stored grants behind its grant refs. For
   * a member of the child's team the inspector assignments and grants are not read (left empty): the
   * policy decides every child action of a team member by the membership alone, whatever assignments
   * and grants exist (member-decisions.spec.ts checks it for every action, part and role), and these
   * two queries were a fifth of a picture's database round trips.
   */
  async resourceFor(
    caller: Caller,
    child: ChildRelationshipFacts,
    part: RecordPart,
  ): Promise<{ resource: ChildResource; grantDetails: Map<AccessGrantRef, { id: string; reason: string }> }> {
    const now = this.clock();
    const userId = Types.ObjectId.isValid(caller.user.id) ? new Types.ObjectId(caller.user.id) : null;
    const member = isTeamMember(caller.user, String(child.teamId));
    const [assignments, grants] = member
      ? [[], []]
      : await Promise.all([
          inspectorAssignmentModel(this.connection).find({ childId: child._id, active: true }).lean(),
          userId
            ? accessGrantModel(this.connection)
                .find({ childId: child._id, userId, expiresAt: { $gt: now } })
                .lean()
            : [],
        ]);
    const grantDetails = new Map<AccessGrantRef, { id: string; reason: string }>();
    for (const g of grants) {
      const ref = {
        kind: g.kind,
        userId: String(g.userId),
        childId: String(g.childId),
        expiresAt: g.expiresAt,
      };
      grantDetails.set(ref, { id: String(g._id), reason: g.reason });
    }
    const resource: ChildResource = {
      kind: 'child',
      childId: String(child._id),
      teamId: String(child.teamId),
      namedSocialWorkerId: child.namedSocialWorkerId ? String(child.namedSocialWorkerId) : null,
      inspectorIds: assignments.map((a) => String(a.inspectorUserId)),
      part,
      grants: [...grantDetails.keys()],
      now,
    };
    return { resource, grantDetails };
  }

  /** Decides and audits; the caller throws on a denial (see `childAccessError`). */
  async check(
    caller: Caller,
    action: ChildAction,
    child: ChildRelationshipFacts,
    audit: {
      part: RecordPart;
      view: string;
      fields?: string[];
      purpose?: string;
      /**
       * A feature rule that can only narrow an allowed answer (e.g. only the family therapist writes
       * therapy plans), so that the refusal is audited like any other.
       */
      narrow?: (decision: Decision) => Decision;
    },
  ): Promise<GateDecision> {
    const { resource, grantDetails } = await this.resourceFor(caller, child, audit.part);
    const policy = can(caller.user, action, resource);
    const decision = policy.allowed && audit.narrow ? audit.narrow(policy) : policy;
    const usedRef = decision.allowed && decision.flagged ? validGrant(caller.user, resource) : undefined;
    const grant = usedRef ? grantDetails.get(usedRef) : undefined;
    await this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action,
      outcome: decision.allowed ? 'allowed' : 'denied',
      denyReason: decision.allowed ? undefined : decision.reason,
      flagged: decision.allowed ? decision.flagged : undefined,
      childId: String(child._id),
      target: { type: 'child', id: String(child._id) },
      view: audit.view,
      fields: audit.fields,
      purpose: audit.purpose ?? grant?.reason,
      grantId: grant?.id,
    });
    return grant ? { decision, grant } : { decision };
  }
}
