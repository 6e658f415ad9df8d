import type { Connection, Types } from 'mongoose';
import { computeStatutoryDeadlines, type CalendarDate, type Deadline } from '@keha/shared';
import { calendarDateOf } from '../case/dates.js';
import { projectedOpenDeadlines } from '../case/deadline-projection.js';
import type { DeadlineInputs } from './deadline-inputs.js';

export { loadDeadlineInputs, type DeadlineInputs } from './deadline-inputs.js';

type ChildFacts = { _id: Types.ObjectId; dateOfBirth: Date };

/**
 * The open statutory deadlines of several children at once (a team's, a worker's) with their status on
 * `today`, read from the stored per-child summaries (case/deadline-projection.ts): one small document
 * per child instead of every current event. Met deadlines are left out (no caller shows them).
 */
export async function deadlinesOfChildren(
  connection: Connection,
  children: readonly { _id: Types.ObjectId }[],
  today: CalendarDate,
): Promise<Map<string, Deadline[]>> {
  return projectedOpenDeadlines(
    connection,
    children.map((c) => c._id),
    today,
  );
}

/** The rules part of `deadlinesOfChildren`: pure. */
export function computeDeadlines(
  children: readonly ChildFacts[],
  { eventsByChild, intervals }: DeadlineInputs,
  today: CalendarDate,
): Map<string, Deadline[]> {
  return new Map(
    children.map((child) => {
      const interval = intervals.get(String(child._id));
      const deadlines = computeStatutoryDeadlines(eventsByChild.get(String(child._id)) ?? [], {
        today,
        childDateOfBirth: calendarDateOf(child.dateOfBirth),
        ...(interval ? { plannedVisitIntervalDays: interval } : {}),
      });
      return [String(child._id), deadlines];
    }),
  );
}

/** Overdue first, then by due date (then by rule, so the order is stable). */
export function byUrgency(a: Deadline, b: Deadline): number {
  const overdue = Number(b.status === 'overdue') - Number(a.status === 'overdue');
  return overdue || a.dueDate.localeCompare(b.dueDate) || a.ruleId.localeCompare(b.ruleId);
}
