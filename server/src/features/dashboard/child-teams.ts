import type { Connection, Types } from 'mongoose';
import { childModel } from '../children/model.js';
import type { DashboardScope } from './scope.js';

/**
 * The team (and named worker) of these children, for counts that start from a small set (open findings,
 * overdue action points) rather than from the team's children: a plain `_id $in` read, the engine's
 * fast path. Children outside the scope (other teams, another worker when filtered) are left out.
 */
export async function teamsOfChildren(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  scope: DashboardScope,
): Promise<Map<string, string>> {
  if (!childIds.length) return new Map();
  const children = await childModel(connection)
    .find({ _id: { $in: [...childIds] } }, { teamId: 1, namedSocialWorkerId: 1, familyId: 1 })
    .lean();
  const teams = new Set(scope.teamIds.map(String));
  return new Map(
    children
      .filter((c) => teams.has(String(c.teamId)))
      .filter((c) => !scope.workerId || c.namedSocialWorkerId.equals(scope.workerId))
      .map((c) => [String(c._id), String(c.teamId)]),
  );
}

/** Distinct items per team, from (item, children) pairs and the children's teams. */
export function countPerTeam(
  pairs: readonly { id: string; childIds: readonly Types.ObjectId[] }[],
  teamOf: ReadonlyMap<string, string>,
): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const pair of pairs)
    for (const child of pair.childIds) {
      const team = teamOf.get(String(child));
      if (!team) continue;
      const set = sets.get(team) ?? new Set<string>();
      set.add(pair.id);
      sets.set(team, set);
    }
  return new Map([...sets].map(([team, set]) => [team, set.size]));
}
