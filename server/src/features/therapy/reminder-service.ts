import { Types, type Connection } from 'mongoose';
import {
  computeTherapyReminders,
  hasClientDataRole,
  type TherapyPlanStatus,
  type TherapyReminderRow,
} from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { ForbiddenError } from '../../platform/errors.js';
import { helsinkiToday } from '../case/dates.js';
import { planNames } from './plan-checks.js';
import { therapyPlanModel, type StoredTherapyPlan } from './plan.model.js';
import { score15MeasurementModel, therapySessionModel } from './session.model.js';
import type { TherapyAccess } from './therapy-access.js';

const VIEW = 'therapy.reminders';
const IN_WORK: TherapyPlanStatus[] = ['active', 'under_review'];

/** Overdue first, then by due date. */
const byUrgency = (a: TherapyReminderRow, b: TherapyReminderRow) =>
  Number(b.status === 'overdue') - Number(a.status === 'overdue') || a.dueDate.localeCompare(b.dueDate);

/**
 * Review dates and SCORE-15 points of the plans in work (computed by the shared
 * `computeTherapyReminders`): with a child's deadlines, and on the therapist's own work list.
 */
export class TherapyReminderService {
  constructor(
    private readonly connection: Connection,
    private readonly access: TherapyAccess,
    private readonly audit: AuditWriter,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Every reminder of the child's plans in work, met ones included, by due date. */
  async forChild(caller: Caller, childId: string): Promise<{ items: TherapyReminderRow[] }> {
    const { children } = await this.access.decide(caller, [childId], 'read', VIEW);
    const plans = await therapyPlanModel(this.connection)
      .find({ childIds: children[0]!._id, current: true, status: { $in: IN_WORK } })
      .lean();
    const others = plans.flatMap((p) => p.childIds).filter((id) => !id.equals(children[0]!._id));
    await this.access.decide(caller, others, 'read', VIEW);
    const items = await this.remindersOf(plans);
    return { items: items.sort((a, b) => a.dueDate.localeCompare(b.dueDate)) };
  }

  /** The open reminders of the plans the caller made as the family therapist, most urgent first. */
  async forMe(caller: Caller): Promise<{ items: TherapyReminderRow[] }> {
    if (!hasClientDataRole(caller.user)) {
      await this.record(caller, 'denied', []);
      throw new ForbiddenError('Administrators manage users and teams; they see no client data.');
    }
    const teamIds = caller.user.teamIds
      .filter((id) => Types.ObjectId.isValid(id))
      .map((id) => new Types.ObjectId(id));
    // Only plans of teams the caller still works in: a therapist who moved on no longer sees them.
    const plans = await therapyPlanModel(this.connection)
      .find({
        therapistId: new Types.ObjectId(caller.user.id),
        current: true,
        status: { $in: IN_WORK },
        teamId: { $in: teamIds },
      })
      .lean();
    await this.record(caller, 'allowed', [...new Set(plans.flatMap((p) => p.childIds.map(String)))]);
    const items = (await this.remindersOf(plans)).filter((r) => r.status !== 'met');
    return { items: items.sort(byUrgency) };
  }

  private async remindersOf(plans: StoredTherapyPlan[]): Promise<TherapyReminderRow[]> {
    const ids = plans.map((p) => p.planId);
    const [sessions, measurements, names] = await Promise.all([
      therapySessionModel(this.connection)
        .find({ planId: { $in: ids } }, { planId: 1, date: 1 })
        .lean(),
      score15MeasurementModel(this.connection)
        .find({ planId: { $in: ids } }, { planId: 1, point: 1, date: 1 })
        .lean(),
      planNames(this.connection, plans),
    ]);
    const today = helsinkiToday(this.clock());
    return plans.flatMap((plan) => {
      const own = <T extends { planId: Types.ObjectId }>(rows: T[]) =>
        rows.filter((r) => r.planId.equals(plan.planId));
      const reminders = computeTherapyReminders(
        { id: String(plan.planId), status: plan.status, content: plan.content },
        own(sessions),
        own(measurements),
        today,
      );
      const context = {
        familyId: String(plan.familyId),
        familyName: names(plan).familyName,
        childIds: plan.childIds.map(String),
      };
      return reminders.map((r) => ({ ...r, ...context }));
    });
  }

  private record(caller: Caller, outcome: 'allowed' | 'denied', childIds: string[]): Promise<unknown> {
    return this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action: 'child.read',
      outcome,
      ...(outcome === 'denied' ? { denyReason: 'no_client_data' } : {}),
      view: VIEW,
      fields: ['goals', 'measurementSchedule'],
      childIds,
    });
  }
}
