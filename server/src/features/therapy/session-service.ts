import { Types, type Connection } from 'mongoose';
import {
  TEAM_ROLES,
  type ApiFieldIssue,
  type TherapySession,
  type therapySessionInputSchema,
} from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import { helsinkiToday } from '../case/dates.js';
import { taskModel } from '../case/task.model.js';
import { userModel } from '../users/model.js';
import { toSession } from './mapping.js';
import { personIssues, throwIfAny } from './plan-checks.js';
import type { StoredTherapyPlan } from './plan.model.js';
import { therapySessionModel } from './session.model.js';
import type { TherapyAccess } from './therapy-access.js';

type SessionInput = z.infer<typeof therapySessionInputSchema>;

const VIEW = 'therapy.sessions';
const oid = (id: string) => new Types.ObjectId(id);

/** The session log of a therapy plan; agreed next steps may become tasks on the plan's children. */
export class TherapySessionService {
  constructor(
    private readonly connection: Connection,
    private readonly access: TherapyAccess,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** By date, numbered from the first session. */
  async list(caller: Caller, planId: string): Promise<{ items: TherapySession[] }> {
    const { plan } = await this.access.plan(caller, planId, 'read', VIEW);
    const docs = await therapySessionModel(this.connection)
      .find({ planId: plan.planId })
      .sort({ date: 1, _id: 1 })
      .lean();
    return { items: docs.map((doc, i) => toSession(doc, i + 1)) };
  }

  async create(caller: Caller, planId: string, input: SessionInput): Promise<TherapySession> {
    const withTasks = input.nextSteps.some((step) => step.task);
    const { plan } = await this.access.openPlan(
      caller,
      planId,
      'own',
      VIEW,
      withTasks ? ['tasks'] : undefined,
    );
    const today = helsinkiToday(this.clock());
    const issues: ApiFieldIssue[] = [
      ...(input.date > today ? [{ path: 'date', message: 'The session is dated in the future.' }] : []),
      ...(await personIssues(this.connection, plan.familyId, input.attendees, 'attendees')),
      ...(await this.taskIssues(plan, input)),
    ];
    throwIfAny(issues);
    const me = { id: oid(caller.user.id), name: caller.user.displayName };
    const sessionId = new Types.ObjectId();
    const tasks = input.nextSteps.map((step) =>
      step.task
        ? {
            _id: new Types.ObjectId(),
            childId: oid(step.task.childId),
            title: step.text,
            ownerId: oid(step.task.ownerId),
            dueDate: step.task.dueDate,
            status: 'open' as const,
            date: today,
            createdById: me.id,
            createdByName: me.name,
          }
        : null,
    );
    const Sessions = therapySessionModel(this.connection);
    // The session and its tasks are saved together or not at all.
    await this.connection.transaction(async (session) => {
      const wanted = tasks.filter((t) => t !== null);
      if (wanted.length) await taskModel(this.connection).create(wanted, { session, ordered: true });
      await Sessions.create(
        [
          {
            _id: sessionId,
            planId: plan.planId,
            date: input.date,
            attendees: input.attendees.map((a) => ({
              ...a,
              ...(a.personId ? { personId: oid(a.personId) } : {}),
            })),
            methods: input.methods,
            summary: input.summary,
            nextSteps: input.nextSteps.map((step, i) =>
              tasks[i]
                ? { text: step.text, taskId: tasks[i]._id, childId: tasks[i].childId }
                : { text: step.text },
            ),
            ...(input.nextSessionDate ? { nextSessionDate: input.nextSessionDate } : {}),
            authorId: me.id,
            authorName: me.name,
          },
        ],
        { session },
      );
    });
    const doc = (await Sessions.findById(sessionId).lean())!;
    const before = await Sessions.countDocuments({
      planId: plan.planId,
      $or: [{ date: { $lt: doc.date } }, { date: doc.date, _id: { $lt: doc._id } }],
    });
    return toSession(doc, before + 1);
  }

  /** A task goes to a child of the plan and to an active member of the family's team. */
  private async taskIssues(plan: StoredTherapyPlan, input: SessionInput): Promise<ApiFieldIssue[]> {
    const issues: ApiFieldIssue[] = [];
    for (const [i, step] of input.nextSteps.entries()) {
      if (!step.task) continue;
      if (!plan.childIds.some((id) => id.equals(step.task!.childId)))
        issues.push({
          path: `nextSteps.${i}.task.childId`,
          message: 'This child is not one of the plan’s children.',
        });
      const owner = await userModel(this.connection)
        .findById(step.task.ownerId, { active: 1, roles: 1, teamIds: 1 })
        .lean();
      const member =
        owner?.active === true &&
        owner.teamIds.some((id) => id.equals(plan.teamId)) &&
        owner.roles.some((role) => TEAM_ROLES.includes(role));
      if (!member)
        issues.push({
          path: `nextSteps.${i}.task.ownerId`,
          message: "The owner must be an active member of the family's team.",
        });
    }
    return issues;
  }
}
