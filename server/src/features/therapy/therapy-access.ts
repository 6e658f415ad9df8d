import { Types, type Connection } from 'mongoose';
import { hasRole, type AccessFlag, type AuditView, type Decision } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { childAccessError } from '../../platform/access/denials.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.js';
import type { ChildAccessGate } from '../access/child-access-gate.js';
import type { StoredChild } from '../children/child-guard.js';
import type { ChildrenService } from '../children/service.js';
import { therapyPlanModel, type StoredTherapyPlan } from './plan.model.js';

/** Therapy records are the 'therapy' part: team members read it; inspectors' tasks do not include it. */
const PART = 'therapy';

export type TherapyAction = 'read' | 'comment' | 'own';

/** Only the family therapist of the team writes plans, sessions and measurements (domain.md §1). */
const therapistOnly =
  (caller: Caller) =>
  (decision: Decision): Decision =>
    hasRole(caller.user, 'family_therapist') ? decision : { allowed: false, reason: 'not_permitted' };

/**
 * The one way the therapy services reach a plan's children. A plan is about all of its children, so
 * every one of them is decided and audited (ATL 10 §: whose data); one refusal refuses the request.
 * `read` is reading, `comment` is a team member's write (a comment), `own` is the therapist's write.
 */
export class TherapyAccess {
  constructor(
    private readonly connection: Connection,
    private readonly children: ChildrenService,
    private readonly gate: ChildAccessGate,
  ) {}

  async decide(
    caller: Caller,
    childIds: readonly (Types.ObjectId | string)[],
    how: TherapyAction,
    view: AuditView,
    fields?: string[],
  ): Promise<{ children: StoredChild[]; flagged?: AccessFlag }> {
    const action = how === 'read' ? 'child.read' : 'child.write';
    const seen = new Set<string>();
    const children: StoredChild[] = [];
    let flagged: AccessFlag | undefined;
    for (const id of childIds) {
      if (seen.has(String(id))) continue;
      seen.add(String(id));
      const child = await this.children.findOrAuditMissing(caller, String(id), action);
      const { decision } = await this.gate.check(caller, action, child, {
        part: PART,
        view,
        ...(fields ? { fields } : {}),
        ...(how === 'own' ? { narrow: therapistOnly(caller) } : {}),
      });
      if (!decision.allowed) {
        if (how === 'own' && decision.reason === 'not_permitted')
          throw new ForbiddenError(
            "Only the family therapist of the family's team writes therapy plans, sessions and measurements; the team reads and comments.",
          );
        throw childAccessError(decision.reason);
      }
      flagged ??= decision.flagged;
      children.push(child);
    }
    return flagged ? { children, flagged } : { children };
  }

  /** The current version of a plan, with its children decided and audited. */
  async plan(
    caller: Caller,
    planId: string,
    how: TherapyAction,
    view: AuditView,
    fields?: string[],
  ): Promise<{ plan: StoredTherapyPlan; children: StoredChild[] }> {
    const plan = Types.ObjectId.isValid(planId)
      ? await therapyPlanModel(this.connection)
          .findOne({ planId: new Types.ObjectId(planId), current: true })
          .lean()
      : null;
    if (!plan) throw new NotFoundError('No such therapy plan.');
    const { children } = await this.decide(caller, plan.childIds, how, view, fields);
    return { plan, children };
  }

  /** Like `plan`, for a change: a closed plan is read-only. */
  async openPlan(caller: Caller, planId: string, how: 'comment' | 'own', view: AuditView, fields?: string[]) {
    const found = await this.plan(caller, planId, how, view, fields);
    if (found.plan.status === 'closed')
      throw new ConflictError(
        'The therapy plan is closed and read-only; start a new plan to continue the work.',
      );
    return found;
  }
}
