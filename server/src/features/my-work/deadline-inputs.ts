import type { ClientSession, Connection, Types } from 'mongoose';
import type { DeadlineCaseEvent } from '@keha/shared';
import type { DeadlineEventRow } from '../case/deadline-service.js';
import { caseEventModel } from '../case/event.model.js';
import { clientPlanModel } from '../case/plan.model.js';
import { placementVisitIntervals } from '../placements/visit-interval.js';

/**
 * What the rules need of several children: their current events and the visit interval in force (the
 * latest placement's own, else the latest client plan's; the rules default to the organisation's).
 */
export interface DeadlineInputs {
  eventsByChild: Map<string, DeadlineCaseEvent[]>;
  intervals: Map<string, number | undefined>;
}

/** The rules' inputs of several children at once: two queries for the lot, not two per child. */
export async function loadDeadlineInputs(
  connection: Connection,
  children: readonly { _id: Types.ObjectId }[],
  session?: ClientSession,
): Promise<DeadlineInputs> {
  const ids = children.map((c) => c._id);
  const [events, plans, placements] = await Promise.all([
    caseEventModel(connection)
      .find(
        { childId: { $in: ids }, current: true },
        { childId: 1, type: 1, date: 1, 'details.extensionDays': 1 },
        { session },
      )
      .lean<(DeadlineEventRow & { childId: Types.ObjectId })[]>(),
    clientPlanModel(connection)
      .aggregate<{ _id: Types.ObjectId; plannedVisitIntervalDays?: number }>([
        { $match: { childId: { $in: ids } } },
        { $sort: { childId: 1, version: -1 } },
        { $group: { _id: '$childId', plannedVisitIntervalDays: { $first: '$plannedVisitIntervalDays' } } },
      ])
      .session(session ?? null),
    placementVisitIntervals(connection, ids, session),
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
  const intervals = new Map(plans.map((p) => [String(p._id), p.plannedVisitIntervalDays]));
  for (const [childId, days] of placements) if (days) intervals.set(childId, days);
  return { eventsByChild, intervals };
}
