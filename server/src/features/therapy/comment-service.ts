import { Types, type Connection } from 'mongoose';
import type { TherapyComment } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { toComment } from './mapping.js';
import { therapyCommentModel } from './plan.model.js';
import type { TherapyAccess } from './therapy-access.js';

const VIEW = 'therapy.comments';

/** The team's comments on a therapy plan: every team member may add one while the plan is open. */
export class TherapyCommentService {
  constructor(
    private readonly connection: Connection,
    private readonly access: TherapyAccess,
  ) {}

  /** Oldest first, as a conversation reads. */
  async list(caller: Caller, planId: string): Promise<{ items: TherapyComment[] }> {
    const { plan } = await this.access.plan(caller, planId, 'read', VIEW);
    const docs = await therapyCommentModel(this.connection)
      .find({ planId: plan.planId })
      .sort({ createdAt: 1, _id: 1 })
      .lean();
    return { items: docs.map(toComment) };
  }

  async add(caller: Caller, planId: string, input: { text: string }): Promise<TherapyComment> {
    const { plan } = await this.access.openPlan(caller, planId, 'comment', VIEW);
    const [doc] = await therapyCommentModel(this.connection).create([
      {
        planId: plan.planId,
        planVersion: plan.version,
        authorId: new Types.ObjectId(caller.user.id),
        authorName: caller.user.displayName,
        authorRoles: [...caller.user.roles],
        text: input.text,
      },
    ]);
    return toComment(doc!.toObject());
  }
}
