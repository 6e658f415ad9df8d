import { Types, type Connection } from 'mongoose';
import {
  activationIssues,
  THERAPY_PLAN_TRANSITIONS,
  type TherapyPlan,
  type therapyPlanCreateSchema,
  type therapyPlanTransitionSchema,
  type therapyPlanUpdateSchema,
} from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { helsinkiToday } from '../case/dates.js';
import { childModel } from '../children/model.js';
import { familyModel } from '../family/model.js';
import { toTherapyPlan } from './mapping.js';
import {
  childIssues,
  clientGoalIssues,
  dateIssues,
  personIssues,
  planNames,
  storedContent,
  throwIfAny,
} from './plan-checks.js';
import { saveNextVersion } from './plan-store.js';
import { therapyPlanModel, type StoredTherapyPlan } from './plan.model.js';
import type { TherapyAccess } from './therapy-access.js';

type CreateInput = z.infer<typeof therapyPlanCreateSchema>;
type UpdateInput = z.infer<typeof therapyPlanUpdateSchema>;
type TransitionInput = z.infer<typeof therapyPlanTransitionSchema>;

const VIEW = 'therapy.plan';
const oid = (id: string) => new Types.ObjectId(id);

/** Family-therapy plans: the therapist writes (every change a new version), the team reads. */
export class TherapyPlanService {
  constructor(
    private readonly connection: Connection,
    private readonly access: TherapyAccess,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The current plans of a family or of a child, newest plan first. */
  async list(
    caller: Caller,
    query: { familyId?: string; childId?: string },
  ): Promise<{ items: TherapyPlan[] }> {
    const Plans = therapyPlanModel(this.connection);
    let checked: Types.ObjectId[];
    let plans: StoredTherapyPlan[];
    if (query.childId) {
      checked = (await this.access.decide(caller, [query.childId], 'read', VIEW)).children.map((c) => c._id);
      plans = await Plans.find({ childIds: oid(query.childId), current: true })
        .sort({ planId: -1 })
        .lean();
    } else {
      const family = await familyModel(this.connection).findById(query.familyId).lean();
      const kids = family
        ? await childModel(this.connection).find({ familyId: family._id }, { _id: 1 }).lean()
        : [];
      if (!family || !kids.length) throw new NotFoundError('No such family.');
      checked = (
        await this.access.decide(
          caller,
          kids.map((k) => k._id),
          'read',
          VIEW,
        )
      ).children.map((c) => c._id);
      plans = await Plans.find({ familyId: family._id, current: true }).sort({ planId: -1 }).lean();
    }
    // A plan is about all of its children: the others are decided and audited too.
    const others = plans.flatMap((p) => p.childIds).filter((id) => !checked.some((c) => c.equals(id)));
    await this.access.decide(caller, others, 'read', VIEW);
    return { items: await this.toPlans(plans) };
  }

  async get(caller: Caller, planId: string): Promise<TherapyPlan> {
    const { plan } = await this.access.plan(caller, planId, 'read', VIEW);
    return this.toPlan(plan);
  }

  /** Every version, newest first. */
  async versions(caller: Caller, planId: string): Promise<{ items: TherapyPlan[] }> {
    const { plan } = await this.access.plan(caller, planId, 'read', VIEW);
    const docs = await therapyPlanModel(this.connection)
      .find({ planId: plan.planId })
      .sort({ version: -1 })
      .lean();
    return { items: await this.toPlans(docs) };
  }

  async create(caller: Caller, input: CreateInput): Promise<TherapyPlan> {
    const family = await familyModel(this.connection).findById(input.familyId).lean();
    if (!family) throw new NotFoundError('No such family.');
    const { children } = await this.access.decide(caller, input.plan.childIds, 'own', VIEW);
    const issues = [
      ...childIssues(children, family._id, input.plan.childIds),
      ...(await this.referenceIssues(family._id, input.plan)),
      ...(await dateIssues(this.connection, input.plan, this.today())),
    ];
    const content = storedContent(input.plan, [], issues);
    throwIfAny(issues);
    const id = new Types.ObjectId();
    const me = { id: oid(caller.user.id), name: caller.user.displayName };
    const [doc] = await therapyPlanModel(this.connection).create([
      {
        _id: id,
        planId: id,
        version: 1,
        current: true,
        familyId: family._id,
        teamId: family.teamId,
        childIds: input.plan.childIds.map(oid),
        status: 'draft',
        statusHistory: [{ from: null, to: 'draft', at: this.clock(), byId: me.id, byName: me.name }],
        therapistId: me.id,
        therapistName: me.name,
        content,
        authorId: me.id,
        authorName: me.name,
      },
    ]);
    return this.toPlan(doc!.toObject());
  }

  /** The next version of the plan's content. */
  async update(caller: Caller, planId: string, input: UpdateInput): Promise<TherapyPlan> {
    const { plan } = await this.access.openPlan(caller, planId, 'own', VIEW);
    const added = input.plan.childIds.filter((id) => !plan.childIds.some((c) => c.equals(id)));
    const { children } = await this.access.decide(caller, added, 'own', VIEW);
    this.checkBase(plan, input.baseVersion);
    const issues = [
      ...childIssues(children, plan.familyId, input.plan.childIds),
      ...(await this.referenceIssues(plan.familyId, input.plan)),
      ...(await dateIssues(this.connection, input.plan, this.today(), plan.planId)),
    ];
    const content = storedContent(input.plan, plan.content.goals, issues);
    throwIfAny(issues);
    return this.toPlan(
      await saveNextVersion(this.connection, caller, plan, {
        childIds: input.plan.childIds.map(oid),
        content,
        ...(input.changeNote ? { changeNote: input.changeNote } : {}),
      }),
    );
  }

  /** draft -> active -> under review -> closed (or back to active after a review), with who and when. */
  async transition(caller: Caller, planId: string, input: TransitionInput): Promise<TherapyPlan> {
    const { plan } = await this.access.openPlan(caller, planId, 'own', VIEW, ['status']);
    this.checkBase(plan, input.baseVersion);
    if (!THERAPY_PLAN_TRANSITIONS[plan.status].includes(input.to))
      throw new ConflictError(`A plan that is ${plan.status} cannot become ${input.to}.`);
    if (input.to === 'active' && plan.status === 'draft') {
      const issues = activationIssues(plan.content);
      if (issues.length)
        throw new ValidationError(issues, 'The plan is not ready to start; complete these fields first.');
    }
    const change = {
      from: plan.status,
      to: input.to,
      at: this.clock(),
      byId: oid(caller.user.id),
      byName: caller.user.displayName,
    };
    return this.toPlan(
      await saveNextVersion(this.connection, caller, plan, {
        status: input.to,
        statusHistory: [...plan.statusHistory, input.note ? { ...change, note: input.note } : change],
      }),
    );
  }

  private checkBase(plan: StoredTherapyPlan, baseVersion: number): void {
    if (plan.version !== baseVersion)
      throw new ConflictError(
        `The plan has changed meanwhile (now version ${plan.version}); reload it and try again.`,
      );
  }

  private async referenceIssues(familyId: Types.ObjectId, plan: CreateInput['plan']) {
    return [
      ...(await personIssues(this.connection, familyId, plan.participants, 'plan.participants')),
      ...(await clientGoalIssues(this.connection, plan)),
    ];
  }

  private async toPlans(docs: StoredTherapyPlan[]): Promise<TherapyPlan[]> {
    const names = await planNames(this.connection, docs);
    return docs.map((doc) => toTherapyPlan(doc, names(doc)));
  }

  private async toPlan(doc: StoredTherapyPlan): Promise<TherapyPlan> {
    return (await this.toPlans([doc]))[0]!;
  }

  private today(): string {
    return helsinkiToday(this.clock());
  }
}
