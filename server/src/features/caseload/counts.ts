import type { Connection, Types } from 'mongoose';
import type { CalendarDate } from '@keha/shared';
import { childModel } from '../children/model.js';
import { minorBirthFilter } from './minor-window.js';

/**
 * The children a named social worker carries for the caseload cap (LSL 13 b §): aged 0-17 on `date`
 * and not closed. Counted in the database (one $group), never by loading children into the server.
 */
export async function caseloadCounts(
  connection: Connection,
  date: CalendarDate,
  scope: { workerIds?: Types.ObjectId[]; teamIds?: Types.ObjectId[] } = {},
): Promise<{ byWorker: Map<string, number>; byTeam: Map<string, number> }> {
  const match: Record<string, unknown> = { status: { $ne: 'closed' }, dateOfBirth: minorBirthFilter(date) };
  if (scope.workerIds) match['namedSocialWorkerId'] = { $in: scope.workerIds };
  if (scope.teamIds) match['teamId'] = { $in: scope.teamIds };
  const [result] = await childModel(connection).aggregate<{
    workers: { _id: Types.ObjectId; children: number }[];
    teams: { _id: Types.ObjectId; children: number }[];
  }>([
    { $match: match },
    {
      $facet: {
        workers: [{ $group: { _id: '$namedSocialWorkerId', children: { $sum: 1 } } }],
        teams: [{ $group: { _id: '$teamId', children: { $sum: 1 } } }],
      },
    },
  ]);
  return {
    byWorker: new Map((result?.workers ?? []).map((w) => [String(w._id), w.children])),
    byTeam: new Map((result?.teams ?? []).map((t) => [String(t._id), t.children])),
  };
}
