import type { Connection, Types } from 'mongoose';
import {
  computeStatutoryDeadlines,
  type CalendarDate,
  type Deadline,
  type DeadlineCaseEvent,
} from '@keha/shared';
import { calendarDateOf } from '../case/dates.js';
import type { DeadlineEventRow } from '../case/deadline-service.js';
import { caseEventModel } from '../case/event.model.js';
import { clientPlanModel } from '../case/plan.model.js';

type ChildFacts = { _id: Types.ObjectId; dateOfBirth: Date };

/** What the rules need of several children: their current events and their latest plans' visit intervals. */
export interface DeadlineInputs {
  eventsByChild: Map<string, DeadlineCaseEvent[]>;
  intervals: Map<string, number | undefined>;
}

/**
 * The statutory deadlines of several children at once, from their current case events and the visit
 * interval of their latest client plan: two queries for the lot, not two per child.
 */
export async function deadlinesOfChildren(
  connection: Connection,
  children: readonly ChildFacts[],
  today: CalendarDate,
): Promise<Map<string, Deadline[]>> {
  return computeDeadlines(children, await loadDeadlineInputs(connection, children), today);
}

/** The database part of `deadlinesOfChildren`. */
export async function loadDeadlineInputs(
  connection: Connection,
  children: readonly ChildFacts[],
): Promise<DeadlineInputs> {
  const ids = children.map((c) => c._id);
  const [events, plans] = await Promise.all([
    caseEventModel(connection)
      .find(
        { childId: { $in: ids }, current: true },
        { childId: 1, type: 1, date: 1, 'details.extensionDays': 1 },
      )
      .lean<(DeadlineEventRow & { childId: Types.ObjectId })[]>(),
    clientPlanModel(connection).aggregate<{ _id: Types.ObjectId; plannedVisitIntervalDays?: number }>([
      { $match: { childId: { $in: ids } } },
      { $sort: { childId: 1, version: -1 } },
      { $group: { _id: '$childId', plannedVisitIntervalDays: { $first: '$plannedVisitIntervalDays' } } },
    ]),
  ]);
  const eventsByChild = new Map<string, DeadlineCaseEvent[]>();
  for (const e of events) {
    const list = eventsByChild.get(String(e.childId)) ?? [];
    list.push({
      id: String(e._id),
      type: e.type,
      date: e.date,
      ...(e.details?.extensionDays ? { extensionDays: e.details.extensionDays } : {}),
    });
    eventsByChild.set(String(e.childId), list);
  }
  return { eventsByChild, intervals: new Map(plans.map((p) => [String(p._id), p.plannedVisitIntervalDays])) };
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
