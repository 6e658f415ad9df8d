import type { Connection, Types } from 'mongoose';
import type { CalendarDate } from '@keha/shared';
import { minorBirthFilter } from '../caseload/minor-window.js';
import { childModel } from '../children/model.js';
import type { DatedCount } from './dated-caseloads.js';

export interface CurrentCaseloads {
  /** Children aged 0-17 and not closed per named social worker, in every team (the cap is per worker). */
  byWorker: Map<string, number>;
  /** The same per team of the scope. */
  byTeam: Map<string, number>;
  /** Today's trend point per team and worker (the team's children by their named social worker). */
  today: DatedCount[];
}

type Row = { _id: { team: Types.ObjectId; worker: Types.ObjectId | null }; children: number };

/**
 * Today's caseloads of a dashboard scope in two small aggregations instead of three passes over the
 * teams' children: the scope's children grouped by team and named social worker (the team counts, the
 * workers' counts in these teams and today's trend point: the named social worker is the last entry of
 * the allocation history, both written by the same update), and the scope's workers' children in other
 * teams. Counted in the database; only the group rows come back.
 */
export async function currentCaseloads(
  connection: Connection,
  scope: { teamIds: Types.ObjectId[]; workerId: Types.ObjectId | null },
  workerIds: readonly Types.ObjectId[],
  today: CalendarDate,
): Promise<CurrentCaseloads> {
  const counted = { status: { $ne: 'closed' }, dateOfBirth: minorBirthFilter(today) };
  const group = {
    $group: { _id: { team: '$teamId', worker: '$namedSocialWorkerId' }, children: { $sum: 1 } },
  };
  const Children = childModel(connection);
  const [inTeams, elsewhere] = await Promise.all([
    Children.aggregate<Row>([{ $match: { teamId: { $in: scope.teamIds }, ...counted } }, group]),
    workerIds.length
      ? Children.aggregate<Row>([
          {
            $match: {
              namedSocialWorkerId: { $in: [...workerIds] },
              teamId: { $nin: scope.teamIds },
              ...counted,
            },
          },
          group,
        ])
      : Promise.resolve([]),
  ]);
  const byWorker = new Map<string, number>();
  const byTeam = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  for (const row of [...inTeams, ...elsewhere])
    if (row._id.worker) add(byWorker, String(row._id.worker), row.children);
  for (const row of inTeams) add(byTeam, String(row._id.team), row.children);
  const todayRows = inTeams
    .filter((r) => r._id.worker && (!scope.workerId || r._id.worker.equals(scope.workerId)))
    .map((r) => ({
      date: today,
      teamId: String(r._id.team),
      workerId: String(r._id.worker),
      children: r.children,
    }));
  return { byWorker, byTeam, today: todayRows };
}
