import { Types, type Connection } from 'mongoose';
import { TEAM_ROLES, type Task, type taskInputSchema, type taskUpdateSchema } from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { userModel } from '../users/model.js';
import type { CaseAccess, StoredChild } from './case-access.js';
import { helsinkiToday } from './dates.js';
import { toTask } from './mapping.js';
import { clientPlanModel } from './plan.model.js';
import { notifyDashboardChange } from './deadline-changes.js';
import { taskModel, type StoredTask } from './task.model.js';

type TaskInput = z.infer<typeof taskInputSchema>;
type TaskUpdate = z.infer<typeof taskUpdateSchema>;

const VIEW = 'child.tasks';

/** Display names by user id, for the tasks' owners. */
export async function userNames(
  connection: Connection,
  ids: readonly Types.ObjectId[],
): Promise<Map<string, string>> {
  const users = await userModel(connection)
    .find({ _id: { $in: ids } }, { displayName: 1 })
    .lean();
  return new Map(users.map((u) => [String(u._id), u.displayName]));
}

/** Action points about a child; the owner is an active member of the child's team. */
export class TaskService {
  constructor(
    private readonly connection: Connection,
    private readonly access: CaseAccess,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Every task of the child, by due date. */
  async list(caller: Caller, childId: string): Promise<{ items: Task[] }> {
    const { child } = await this.access.read(caller, childId, VIEW);
    const docs = await taskModel(this.connection)
      .find({ childId: child._id })
      .sort({ dueDate: 1, _id: 1 })
      .lean();
    return { items: await this.toTasks(docs) };
  }

  async create(caller: Caller, childId: string, input: TaskInput): Promise<Task> {
    const { child } = await this.access.write(caller, childId, VIEW);
    await this.checkOwner(child, input.ownerId);
    if (input.goalId) await this.checkGoal(child, input.goalId);
    const [doc] = await taskModel(this.connection).create([
      {
        childId: child._id,
        title: input.title,
        ownerId: new Types.ObjectId(input.ownerId),
        dueDate: input.dueDate,
        status: 'open',
        goalId: input.goalId,
        meetingId: input.meetingId,
        date: helsinkiToday(this.clock()),
        createdById: new Types.ObjectId(caller.user.id),
        createdByName: caller.user.displayName,
      },
    ]);
    return (await this.toTasks([doc!.toObject()]))[0]!;
  }

  /** The task is found first, then access is decided on its child. */
  async update(caller: Caller, taskId: string, input: TaskUpdate): Promise<Task> {
    const Tasks = taskModel(this.connection);
    const task = await Tasks.findById(taskId).lean();
    if (!task) throw new NotFoundError('No such task.');
    const { child } = await this.access.write(caller, String(task.childId), VIEW);
    if (input.ownerId) await this.checkOwner(child, input.ownerId);
    const set = {
      ...(input.status ? { status: input.status } : {}),
      ...(input.dueDate ? { dueDate: input.dueDate } : {}),
      ...(input.ownerId ? { ownerId: new Types.ObjectId(input.ownerId) } : {}),
    };
    const updated = await Tasks.findOneAndUpdate(
      { _id: task._id },
      { $set: set },
      { returnDocument: 'after' },
    ).lean();
    // An action point of a meeting is a task: the supervisors' meeting dashboard counts the overdue ones.
    if (task.meetingId)
      notifyDashboardChange(this.connection, { teamIds: [String(child.teamId)], areas: ['meetings'] });
    return (await this.toTasks([updated!]))[0]!;
  }

  /** `known`: the owners' display names when the caller has already read them. */
  async toTasks(docs: readonly StoredTask[], known?: ReadonlyMap<string, string>): Promise<Task[]> {
    const names =
      known ??
      (await userNames(
        this.connection,
        docs.map((d) => d.ownerId),
      ));
    return docs.map((doc) => toTask(doc, names.get(String(doc.ownerId)) ?? ''));
  }

  private async checkOwner(child: StoredChild, ownerId: string): Promise<void> {
    const owner = await userModel(this.connection)
      .findById(ownerId, { active: 1, roles: 1, teamIds: 1 })
      .lean();
    const member =
      owner?.active === true &&
      owner.teamIds.some((id) => id.equals(child.teamId)) &&
      owner.roles.some((role) => TEAM_ROLES.includes(role));
    if (!member)
      throw new ValidationError([
        { path: 'ownerId', message: "The owner must be an active member of the child's team." },
      ]);
  }

  private async checkGoal(child: StoredChild, goalId: string): Promise<void> {
    const plan = await clientPlanModel(this.connection)
      .findOne({ childId: child._id }, { goals: 1 })
      .sort({ version: -1 })
      .lean();
    if (!plan?.goals.some((g) => g.goalId === goalId))
      throw new ValidationError([{ path: 'goalId', message: "No such goal in the child's current plan." }]);
  }
}
