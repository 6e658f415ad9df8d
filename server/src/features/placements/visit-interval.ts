import type { ClientSession, Connection, Types } from 'mongoose';
import { placementModel } from './placement.model.js';

/**
 * The visit interval each child's latest placement sets of its own (null when it leaves it to the
 * client plan). With the plan's interval and the organisation default it makes the interval in force
 * (`resolveVisitInterval`), for the planner and for the child's statutory visit deadline alike.
 */
export async function placementVisitIntervals(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  session?: ClientSession,
): Promise<Map<string, number | null>> {
  if (!childIds.length) return new Map();
  const rows = await placementModel(connection)
    .aggregate<{ _id: Types.ObjectId; days: number | null }>([
      { $match: { childId: { $in: [...childIds] } } },
      { $sort: { childId: 1, startDate: -1, _id: -1 } },
      { $group: { _id: '$childId', days: { $first: '$plannedVisitIntervalDays' } } },
    ])
    .session(session ?? null);
  return new Map(rows.map((r) => [String(r._id), r.days ?? null]));
}
