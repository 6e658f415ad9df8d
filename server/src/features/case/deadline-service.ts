import type { Connection } from 'mongoose';
import {
  addCalendarDays,
  computeStatutoryDeadlines,
  type Deadline,
  type DeadlineCaseEvent,
} from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import type { CaseAccess, StoredChild } from './case-access.js';
import { calendarDateOf, helsinkiToday } from './dates.js';
import { caseEventModel, type StoredCaseEvent } from './event.model.js';
import { placementVisitIntervals } from '../placements/visit-interval.js';
import { clientPlanModel } from './plan.model.js';

/** What the rules read of a case event. */
export type DeadlineEventRow = Pick<StoredCaseEvent, '_id' | 'type' | 'date'> & {
  details?: { extensionDays?: number };
};

/** How long a met deadline stays on the situational picture. */
const RECENTLY_MET_DAYS = 30;

/** Statutory deadlines of a child's case, computed from the current events on each request. */
export class DeadlineService {
  constructor(
    private readonly connection: Connection,
    private readonly access: CaseAccess,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** `GET /children/{id}/deadlines`: every deadline, met or open, by due date. */
  async list(caller: Caller, childId: string): Promise<{ items: Deadline[] }> {
    const { child } = await this.access.read(caller, childId, 'child.deadlines');
    return { items: await this.forChild(child) };
  }

  /** For a child the caller was already let to see (no second audit event). */
  async forChild(child: StoredChild): Promise<Deadline[]> {
    const [events, plan, placementDays] = await Promise.all([
      this.currentEvents(child),
      clientPlanModel(this.connection)
        .findOne({ childId: child._id }, { plannedVisitIntervalDays: 1 })
        .sort({ version: -1 })
        .lean(),
      this.placementInterval(child),
    ]);
    return this.compute(child, events, plan, placementDays);
  }

  /** The fields of the child's current events that the rules read. */
  currentEvents(child: StoredChild): Promise<DeadlineEventRow[]> {
    return caseEventModel(this.connection)
      .find({ childId: child._id, current: true }, { type: 1, date: 1, 'details.extensionDays': 1 })
      .lean<DeadlineEventRow[]>();
  }

  /** The visit interval the child's latest placement sets of its own (null: the plan's applies). */
  async placementInterval(child: StoredChild): Promise<number | null> {
    return (await placementVisitIntervals(this.connection, [child._id])).get(String(child._id)) ?? null;
  }

  /**
   * The deadlines from events and the visit interval in force: the latest placement's own, else the
   * latest plan's, else the organisation default of the rules (the same order as the visit planner).
   */
  compute(
    child: StoredChild,
    events: readonly DeadlineEventRow[],
    plan: { plannedVisitIntervalDays?: number } | null,
    placementDays: number | null = null,
  ): Deadline[] {
    const deadlineEvents: DeadlineCaseEvent[] = events.map((e) => ({
      id: String(e._id),
      type: e.type,
      date: e.date,
      ...(e.details?.extensionDays ? { extensionDays: e.details.extensionDays } : {}),
    }));
    const interval = placementDays ?? plan?.plannedVisitIntervalDays;
    return computeStatutoryDeadlines(deadlineEvents, {
      today: this.today(),
      childDateOfBirth: calendarDateOf(child.dateOfBirth),
      ...(interval ? { plannedVisitIntervalDays: interval } : {}),
    });
  }

  /** What the picture shows: open deadlines soonest first, then those met in the last 30 days. */
  forPicture(deadlines: readonly Deadline[]): Deadline[] {
    const since = addCalendarDays(this.today(), -RECENTLY_MET_DAYS);
    const open = deadlines
      .filter((d) => d.status !== 'met')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    const met = deadlines
      .filter((d) => d.status === 'met' && d.metOn !== null && d.metOn >= since)
      .sort((a, b) => b.metOn!.localeCompare(a.metOn!));
    return [...open, ...met];
  }

  private today(): string {
    return helsinkiToday(this.clock());
  }
}
