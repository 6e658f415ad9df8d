import type { Connection } from 'mongoose';
import { addCalendarDays, type CalendarDate, type Deadline } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import type { CaseAccess, StoredChild } from './case-access.js';
import { helsinkiToday } from './dates.js';
import { projectedDeadlines } from './deadline-projection.js';
import type { StoredCaseEvent } from './event.model.js';

/** What the rules read of a case event. */
export type DeadlineEventRow = Pick<StoredCaseEvent, '_id' | 'type' | 'date'> & {
  details?: { extensionDays?: number };
};

/** How long a met deadline stays on the situational picture. */
const RECENTLY_MET_DAYS = 30;

/**
 * Statutory deadlines of a child's case. They are read from the child's stored list
 * (`childdeadlinelists`, deadline-projection.ts), which every write of an input of the rules recomputes
 * with `computeStatutoryDeadlines`: one document by _id instead of every current event, the plan and
 * the placements on each request. Only the statuses depend on today, so they are set at read time.
 */
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
    const stored = await projectedDeadlines(this.connection, [child._id], this.today());
    return stored.get(String(child._id)) ?? [];
  }

  /** What the picture shows of the child's deadlines (see `pictureDeadlines`). */
  async forPicture(child: StoredChild): Promise<Deadline[]> {
    return pictureDeadlines(await this.forChild(child), this.today());
  }

  private today(): CalendarDate {
    return helsinkiToday(this.clock());
  }
}

/** What the picture shows: open deadlines soonest first, then those met in the last 30 days. */
export function pictureDeadlines(deadlines: readonly Deadline[], today: CalendarDate): Deadline[] {
  const since = addCalendarDays(today, -RECENTLY_MET_DAYS);
  const open = deadlines.filter((d) => d.status !== 'met').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const met = deadlines
    .filter((d) => d.status === 'met' && d.metOn !== null && d.metOn >= since)
    .sort((a, b) => b.metOn!.localeCompare(a.metOn!));
  return [...open, ...met];
}
