import { Types, type Connection } from 'mongoose';
import { hasClientDataRole, type MyWork } from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { ForbiddenError } from '../../platform/errors.js';
import type { ChildAccessGate } from '../access/child-access-gate.js';
import { helsinkiToday } from '../case/dates.js';
import { toTask } from '../case/mapping.js';
import { taskModel } from '../case/task.model.js';
import { childModel } from '../children/model.js';
import { findingReminders } from '../placements/findings/finding-reminders.js';
import { userModel } from '../users/model.js';
import { byUrgency, deadlinesOfChildren } from './deadlines.js';

/**
 * "My work": the children the caller is the named social worker of (team leads included), the open
 * tasks they own on children they still work with, and the open statutory deadlines of their
 * children, most urgent first. One audit event lists every child shown; the visit findings due for
 * follow-up (placements/findings/finding-reminders.ts) are audited as their own list.
 */
export class MyWorkService {
  constructor(
    private readonly connection: Connection,
    private readonly audit: AuditWriter,
    private readonly gate: ChildAccessGate,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async get(caller: Caller): Promise<MyWork> {
    const me = new Types.ObjectId(caller.user.id);
    if (!hasClientDataRole(caller.user)) {
      await this.record(caller, 'denied', []);
      throw new ForbiddenError('Administrators manage users and teams; they see no client data.');
    }
    const today = helsinkiToday(this.clock());
    const Children = childModel(this.connection);
    const mine = await Children.find({ namedSocialWorkerId: me, status: { $ne: 'closed' } })
      .sort({ lastName: 1, firstName: 1, _id: 1 })
      .lean();
    const openTasks = await taskModel(this.connection)
      .find({ ownerId: me, status: 'open' })
      .sort({ dueDate: 1, _id: 1 })
      .lean();
    // A task stays visible only while its child is one of the caller's own or of the caller's teams.
    const teamIds = caller.user.teamIds
      .filter((id) => Types.ObjectId.isValid(id))
      .map((id) => new Types.ObjectId(id));
    const taskChildren = await Children.find(
      {
        _id: { $in: openTasks.map((t) => t.childId) },
        $or: [{ namedSocialWorkerId: me }, { teamId: { $in: teamIds } }],
      },
      { firstName: 1, lastName: 1 },
    ).lean();
    const names = new Map(taskChildren.map((c) => [String(c._id), `${c.firstName} ${c.lastName}`]));
    const tasks = openTasks.filter((t) => names.has(String(t.childId)));
    const deadlines = await deadlinesOfChildren(this.connection, mine, today);
    const ownerDoc = await userModel(this.connection).findById(me, { displayName: 1 }).lean();
    await this.record(caller, 'allowed', [...new Set([...mine.map((c) => String(c._id)), ...names.keys()])]);
    const open = mine.flatMap((child) =>
      (deadlines.get(String(child._id)) ?? [])
        .filter((d) => d.status !== 'met')
        .map((d) => ({
          ...d,
          childId: String(child._id),
          childName: `${child.firstName} ${child.lastName}`,
        })),
    );
    return {
      children: mine.map((child) => ({
        id: String(child._id),
        firstName: child.firstName,
        lastName: child.lastName,
        status: child.status,
        nextDeadline:
          (deadlines.get(String(child._id)) ?? []).filter((d) => d.status !== 'met').sort(byUrgency)[0] ??
          null,
      })),
      tasks: tasks.map((t) => toTask(t, ownerDoc?.displayName ?? '', names.get(String(t.childId)))),
      deadlines: open.sort(byUrgency),
      findings: await findingReminders(
        this.connection,
        { gate: this.gate, audit: this.audit },
        caller,
        today,
      ),
    };
  }

  private record(caller: Caller, outcome: 'allowed' | 'denied', childIds: string[]): Promise<unknown> {
    return this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action: 'child.read',
      outcome,
      ...(outcome === 'denied' ? { denyReason: 'no_client_data' } : {}),
      view: 'my-work',
      fields: ['firstName', 'lastName', 'status', 'deadlines', 'tasks'],
      childIds,
    });
  }
}
