import { Types, type Connection } from 'mongoose';
import { can, type AccessReview, type AccessReviewDecision, type DenyReason } from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditCollection } from '../../platform/audit/audit-event.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.js';
import { childModel } from '../children/model.js';
import { userModel } from '../users/model.js';
import { accessGrantModel } from './grant.model.js';

/**
 * The supervisors' review of flagged accesses (break-the-glass and supervisor access). Nobody reviews
 * their own access: a supervisor's own grants wait for another supervisor.
 */
export class AccessReviewService {
  constructor(
    private readonly connection: Connection,
    private readonly audit: AuditWriter,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async pending(caller: Caller): Promise<AccessReview[]> {
    const decision = can(caller.user, 'access_review.list', { kind: 'organisation' });
    await this.record(caller, 'access_review.list', decision.allowed ? undefined : decision.reason);
    if (!decision.allowed) throw new ForbiddenError('Only supervisors review flagged accesses.');
    const grants = await accessGrantModel(this.connection)
      .find({ 'review.status': 'pending', userId: { $ne: safeObjectId(caller.user.id) } })
      .sort({ createdAt: 1 })
      .limit(500)
      .lean();
    const users = await userModel(this.connection)
      .find({ _id: { $in: grants.map((g) => g.userId) } })
      .lean();
    const childNames = await this.childNames(
      caller,
      grants.map((g) => g.childId),
    );
    const events = auditCollection(this.connection);
    return Promise.all(
      grants.map(async (g) => {
        const user = users.find((u) => u._id.equals(g.userId));
        return {
          id: String(g._id),
          childId: String(g.childId),
          childName: childNames.get(String(g.childId)) ?? '?',
          teamId: String(g.teamId),
          user: {
            id: String(g.userId),
            username: user?.username ?? '?',
            displayName: user?.displayName ?? '?',
          },
          kind: g.kind,
          reason: g.reason,
          grantedAt: g.createdAt.toISOString(),
          expiresAt: g.expiresAt.toISOString(),
          readCount: await events.countDocuments({
            grantId: String(g._id),
            action: 'child.read',
            outcome: 'allowed',
          }),
        };
      }),
    );
  }

  async decide(caller: Caller, grantId: string, body: AccessReviewDecision): Promise<void> {
    const Grants = accessGrantModel(this.connection);
    const grant = await Grants.findById(grantId).lean();
    if (!grant) {
      await this.record(caller, 'access_review.decide', 'not_found', grantId);
      throw new NotFoundError('No such access to review.');
    }
    const decision = can(caller.user, 'access_review.decide', {
      kind: 'access_review',
      accessedByUserId: String(grant.userId),
    });
    if (!decision.allowed) {
      await this.record(caller, 'access_review.decide', decision.reason, grantId);
      throw new ForbiddenError(
        decision.reason === 'own_access'
          ? 'Another supervisor reviews your own accesses.'
          : 'Only supervisors review flagged accesses.',
      );
    }
    if (grant.review.status !== 'pending') {
      await this.record(caller, 'access_review.decide', 'already_reviewed', grantId);
      throw new ConflictError('This access has already been reviewed.');
    }
    // Audited before the change, so a failed audit write leaves the review undone.
    await this.audit.record({
      ...auditActor(caller),
      category: 'access_review',
      action: 'access_review.decide',
      outcome: 'allowed',
      target: { type: 'access_grant', id: grantId },
      view: `review.${body.outcome}`,
      purpose: body.note || undefined,
    });
    // Conditional on `pending`, so two supervisors reviewing at once cannot overwrite each other.
    const review = {
      status: body.outcome,
      reviewerId: new Types.ObjectId(caller.user.id),
      note: body.note,
      reviewedAt: this.clock(),
    };
    const updated = await Grants.updateOne(
      { _id: grant._id, 'review.status': 'pending' },
      { $set: { review } },
    );
    if (updated.modifiedCount !== 1) throw new ConflictError('This access has already been reviewed.');
  }

  /**
   * Summary-level names (first and last name, never the identity code or date of birth) so that the
   * reviewer can tell records apart. They are client data, so the read is audited like a supervisor's
   * summary list, before the answer is sent.
   */
  private async childNames(caller: Caller, childIds: Types.ObjectId[]): Promise<Map<string, string>> {
    if (!childIds.length) return new Map();
    const children = await childModel(this.connection)
      .find({ _id: { $in: childIds } }, { firstName: 1, lastName: 1 })
      .lean();
    await this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action: 'child.list',
      outcome: 'allowed',
      view: 'access-reviews.summary',
      fields: ['firstName', 'lastName'],
      childIds: children.map((c) => String(c._id)),
    });
    return new Map(children.map((c) => [String(c._id), `${c.firstName} ${c.lastName}`]));
  }

  private record(
    caller: Caller,
    action: string,
    denyReason?: DenyReason | 'not_found' | 'already_reviewed',
    grantId?: string,
  ) {
    return this.audit.record({
      ...auditActor(caller),
      category: 'access_review',
      action,
      outcome: denyReason ? 'denied' : 'allowed',
      denyReason,
      target: grantId ? { type: 'access_grant', id: grantId } : { type: 'access_reviews' },
    });
  }
}

function safeObjectId(id: string): Types.ObjectId | null {
  return Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : null;
}
