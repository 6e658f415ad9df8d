import { Types, type Connection } from 'mongoose';
import { hasClientDataRole, isTeamMember, therapyPlanListSchema, type TherapyPlan } from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, callerOf, type Caller } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ForbiddenError } from '../../platform/errors.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import { childModel } from '../children/model.js';
import { toTherapyPlan } from './mapping.js';
import { planNames } from './plan-checks.js';
import { therapyPlanModel } from './plan.model.js';

/**
 * The therapy plans of the caller's teams (the family therapist's own among them), for the therapy
 * work list. A plan is listed only while every one of its children is in one of the caller's teams
 * (need to know as for a team member's read); one audit event names every child shown.
 */
export class TherapyTeamPlans {
  constructor(
    private readonly connection: Connection,
    private readonly audit: AuditWriter,
  ) {}

  async forMe(caller: Caller): Promise<{ items: TherapyPlan[] }> {
    if (!hasClientDataRole(caller.user)) {
      await this.record(caller, 'denied', []);
      throw new ForbiddenError('Administrators manage users and teams; they see no client data.');
    }
    const teamIds = caller.user.teamIds
      .filter((id) => Types.ObjectId.isValid(id))
      .map((id) => new Types.ObjectId(id));
    const candidates = await therapyPlanModel(this.connection)
      .find({ current: true, teamId: { $in: teamIds } })
      .sort({ planId: -1 })
      .lean();
    const children = await childModel(this.connection)
      .find({ _id: { $in: candidates.flatMap((p) => p.childIds) } }, { teamId: 1 })
      .lean();
    const teamOf = new Map(children.map((c) => [String(c._id), String(c.teamId)]));
    const plans = candidates.filter((plan) =>
      plan.childIds.every((id) => isTeamMember(caller.user, teamOf.get(String(id)) ?? '')),
    );
    await this.record(caller, 'allowed', [...new Set(plans.flatMap((p) => p.childIds.map(String)))]);
    const names = await planNames(this.connection, plans);
    return { items: plans.map((plan) => toTherapyPlan(plan, names(plan))) };
  }

  private record(caller: Caller, outcome: 'allowed' | 'denied', childIds: string[]): Promise<unknown> {
    return this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action: 'child.read',
      outcome,
      ...(outcome === 'denied' ? { denyReason: 'no_client_data' } : {}),
      view: 'therapy.plan',
      fields: ['status', 'referralQuestion', 'agreedFocus'],
      childIds,
    });
  }
}

/** `GET /api/v1/me/therapy-plans`. */
export function teamPlanRoutes(registry: OpenApiRegistry, plans: TherapyTeamPlans): ApiRouter {
  return new ApiRouter(registry, '/api/v1/me').route(
    {
      method: 'get',
      path: '/therapy-plans',
      tag: 'therapy',
      summary: "The current therapy plans of the caller's teams, newest first (the therapist's own included)",
      responses: { 200: { description: 'Plans', schema: therapyPlanListSchema } },
    },
    async (req, res) => {
      res.json(await plans.forMe(callerOf(currentUser(req), req)));
    },
  );
}
