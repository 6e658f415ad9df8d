import type { Connection, Types } from 'mongoose';
import { monthsBetween, type CalendarDate, type MeetingDashboard } from '@keha/shared';
import { taskModel } from '../case/task.model.js';
import { childModel } from '../children/model.js';
import { meetingModel } from '../meetings/model.js';
import { userModel } from '../users/model.js';
import type { DashboardScope } from './scope.js';

/** Open tasks from meeting action points whose due date has passed. */
export function overdueActionPoints(today: CalendarDate): Record<string, unknown> {
  return { meetingId: { $exists: true }, status: 'open', dueDate: { $lt: today } };
}

/**
 * Families discussed in finalised team meetings per team and month (siblings count once; a child
 * without a family counts as one), and overdue action points (tasks from minutes) per team and owner.
 */
export async function meetingDashboard(
  connection: Connection,
  scope: DashboardScope,
): Promise<MeetingDashboard> {
  const { from, to, today } = scope.period;
  const [discussed, overdue] = await Promise.all([
    meetingModel(connection).aggregate<{
      _id: { month: string; team: Types.ObjectId };
      children: Types.ObjectId[];
    }>([
      {
        $match: {
          teamId: { $in: scope.teamIds },
          status: 'finalised',
          date: { $gte: `${from}-01`, $lte: `${to}-31` },
        },
      },
      { $project: { teamId: 1, month: { $substrBytes: ['$date', 0, 7] }, childIds: 1 } },
      { $unwind: '$childIds' },
      { $group: { _id: { month: '$month', team: '$teamId' }, children: { $addToSet: '$childIds' } } },
    ]),
    // Every overdue action point of the organisation is a small set; its children give the teams.
    taskModel(connection).aggregate<{ _id: { child: Types.ObjectId; owner: Types.ObjectId }; count: number }>(
      [
        { $match: overdueActionPoints(today) },
        { $group: { _id: { child: '$childId', owner: '$ownerId' }, count: { $sum: 1 } } },
      ],
    ),
  ]);
  const discussedIds = discussed.flatMap((d) => d.children);
  const children = await childModel(connection)
    .find(
      { _id: { $in: [...discussedIds, ...overdue.map((o) => o._id.child)] } },
      { teamId: 1, familyId: 1, namedSocialWorkerId: 1 },
    )
    .lean();
  const inScope = children.filter((c) => !scope.workerId || c.namedSocialWorkerId.equals(scope.workerId));
  const familyOf = new Map(inScope.map((c) => [String(c._id), String(c.familyId ?? c._id)]));
  const teamOf = new Map(inScope.map((c) => [String(c._id), String(c.teamId)]));
  const teams = new Set(scope.teamIds.map(String));
  const owners = new Map<string, number>();
  const perTeam = new Map<string, number>();
  for (const o of overdue) {
    const team = teamOf.get(String(o._id.child));
    if (!team || !teams.has(team)) continue;
    perTeam.set(team, (perTeam.get(team) ?? 0) + o.count);
    owners.set(String(o._id.owner), (owners.get(String(o._id.owner)) ?? 0) + o.count);
  }
  const names = await userModel(connection)
    .find({ _id: { $in: [...owners.keys()] } }, { displayName: 1 })
    .lean();
  return {
    period: scope.period,
    familiesDiscussed: monthsBetween(from, to).map((month) => ({
      month,
      teams: Object.fromEntries(
        scope.teams.map((t) => {
          const row = discussed.find((d) => d._id.month === month && d._id.team.equals(t._id));
          // With a worker filter only that worker's children (those in `familyOf`) count.
          const families = new Set(
            (row?.children ?? [])
              .map((id) => familyOf.get(String(id)))
              .filter((f): f is string => f !== undefined),
          );
          return [String(t._id), families.size];
        }),
      ),
    })),
    teams: scope.teams.map((t) => ({
      teamId: String(t._id),
      name: t.name,
      overdueActionPoints: perTeam.get(String(t._id)) ?? 0,
    })),
    workers: names
      .map((u) => ({
        workerId: String(u._id),
        name: u.displayName,
        overdueActionPoints: owners.get(String(u._id)) ?? 0,
      }))
      .sort((a, b) => b.overdueActionPoints - a.overdueActionPoints || a.name.localeCompare(b.name)),
  };
}
