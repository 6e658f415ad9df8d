import { randomBytes } from 'node:crypto';
import { Types, type Connection } from 'mongoose';
import type { ClientPlan, clientPlanInputSchema, LifecycleIssue } from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import { ConflictError } from '../../platform/errors.js';
import type { CaseAccess } from './case-access.js';
import { refreshDeadlineProjection } from './deadline-projection.js';
import { calendarDateOf, helsinkiToday } from './dates.js';
import { recordDateIssues, throwIfIssues } from './date-rules.js';
import { toClientPlan } from './mapping.js';
import { clientPlanModel, type ClientPlanDocument } from './plan.model.js';

type PlanInput = z.infer<typeof clientPlanInputSchema>;
type StoredGoal = ClientPlanDocument['goals'][number];

const VIEW = 'child.plans';

/** A short goal id, unique within the child's plan: `g-` and 8 random base-32 characters. */
function newGoalId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `g-${randomBytes(5).readUIntBE(0, 5).toString(32).padStart(8, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** The client plan (LSL 30 §): every save is a new version; goal ids stay the same across versions. */
export class ClientPlanService {
  constructor(
    private readonly connection: Connection,
    private readonly access: CaseAccess,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Every version, newest first. */
  async list(caller: Caller, childId: string): Promise<{ items: ClientPlan[] }> {
    const { child } = await this.access.read(caller, childId, VIEW);
    const docs = await clientPlanModel(this.connection)
      .find({ childId: child._id })
      .sort({ version: -1 })
      .lean();
    return { items: docs.map(toClientPlan) };
  }

  async create(caller: Caller, childId: string, input: PlanInput): Promise<ClientPlan> {
    const { child } = await this.access.write(caller, childId, VIEW);
    const Plans = clientPlanModel(this.connection);
    const latest = await Plans.findOne({ childId: child._id }).sort({ version: -1 }).lean();
    const days = { dateOfBirth: calendarDateOf(child.dateOfBirth), today: helsinkiToday(this.clock()) };
    // The review date is planned ahead, so only the plan's own date must not be in the future.
    const issues = recordDateIssues(input.date, days);
    const goals = this.goalsOf(input, latest?.goals ?? [], issues);
    throwIfIssues(issues);
    try {
      const [doc] = await Plans.create([
        {
          childId: child._id,
          version: (latest?.version ?? 0) + 1,
          date: input.date,
          reviewDate: input.reviewDate,
          goals,
          plannedVisitIntervalDays: input.plannedVisitIntervalDays,
          services: input.services,
          authorId: new Types.ObjectId(caller.user.id),
          authorName: caller.user.displayName,
        },
      ]);
      // The plan's visit interval is an input of the visit-interval deadline.
      await refreshDeadlineProjection(this.connection, [child._id]);
      return toClientPlan(doc!.toObject());
    } catch (err) {
      if ((err as { code?: number }).code === 11000)
        throw new ConflictError('Someone saved the plan meanwhile; reload it and save again.');
      throw err;
    }
  }

  /** A goal given with an id continues a goal of the previous version; a new goal gets a new id. */
  private goalsOf(input: PlanInput, previous: readonly StoredGoal[], issues: LifecycleIssue[]): StoredGoal[] {
    const known = new Set(previous.map((g) => g.goalId));
    const used = new Set<string>();
    input.goals.forEach((goal, index) => {
      if (goal.id === undefined) return;
      if (!known.has(goal.id))
        issues.push({ path: ['goals', String(index), 'id'], message: 'No such goal in the previous plan.' });
      else if (used.has(goal.id))
        issues.push({ path: ['goals', String(index), 'id'], message: 'The same goal is listed twice.' });
      used.add(goal.id);
    });
    const taken = new Set([...known, ...used]);
    return input.goals.map((goal) => {
      const goalId = goal.id ?? newGoalId(taken);
      taken.add(goalId);
      return { goalId, text: goal.text, owner: goal.owner, targetDate: goal.targetDate, status: goal.status };
    });
  }
}
