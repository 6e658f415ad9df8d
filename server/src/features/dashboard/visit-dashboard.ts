import type { Connection, PipelineStage, Types } from 'mongoose';
import { addCalendarDays, addMonths, type CalendarDate, type VisitDashboard } from '@keha/shared';
import { deadlineProjectionModel } from '../case/deadline-projection.model.js';
import { childModel } from '../children/model.js';
import { findingModel } from '../placements/findings/finding.model.js';
import { visitModel } from '../placements/visits/visit.model.js';
import { projectionMatch } from './deadline-dashboard.js';
import type { DashboardScope } from './scope.js';

export const VISIT_RULE = 'placed-child-visit-interval';

export function monthBounds(today: CalendarDate): { first: CalendarDate; last: CalendarDate } {
  const first = `${today.slice(0, 7)}-01`;
  return { first, last: addCalendarDays(addMonths(first, 1), -1) };
}

/** Open findings with a follow-up date or an action deadline before today (LSL 79 §). */
export function findingsPastDeadline(today: CalendarDate): Record<string, unknown> {
  return { status: 'open', $or: [{ followUpDate: { $lt: today } }, { 'actions.deadline': { $lt: today } }] };
}

/** The visits of serious findings whose host county or AVI notification is still unsent (LSL 79 § 3 mom). */
export async function unnotifiedSeriousFindings(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
): Promise<Record<string, unknown>> {
  const serious = { severity: 'serious' as const, childIds: { $in: [...childIds] } };
  const visitIds = await findingModel(connection).distinct('visitId', serious);
  const unsent = await visitModel(connection).distinct('_id', {
    _id: { $in: visitIds },
    'draft.notifications': { $elemMatch: { recipient: { $in: ['host_county', 'avi'] }, sent: false } },
  });
  return { ...serious, visitId: { $in: unsent } };
}

/**
 * Per team: placed children whose visit-interval deadline (LSL 29 §, 53 §; from the stored deadlines)
 * has passed without a visit, visit-interval deadlines falling due this month, open findings past
 * their deadline, and serious findings not yet notified to the host county or AVI.
 */
export async function visitDashboard(connection: Connection, scope: DashboardScope): Promise<VisitDashboard> {
  const { today } = scope.period;
  const [visitRows, teamChildren] = await Promise.all([
    deadlineProjectionModel(connection).aggregate<{
      _id: Types.ObjectId;
      without: number;
      dueThisMonth: number;
    }>(visitDeadlinePipeline(scope, today)),
    childModel(connection)
      .find(
        {
          teamId: { $in: scope.teamIds },
          ...(scope.workerId ? { namedSocialWorkerId: scope.workerId } : {}),
        },
        { teamId: 1 },
      )
      .lean(),
  ]);
  const Findings = findingModel(connection);
  const teams = await Promise.all(
    scope.teams.map(async (team) => {
      const ids = teamChildren.filter((c) => c.teamId.equals(team._id)).map((c) => c._id);
      const [pastDeadline, seriousNotNotified] = await Promise.all([
        Findings.countDocuments({ childIds: { $in: ids }, ...findingsPastDeadline(today) }),
        unnotifiedSeriousFindings(connection, ids).then((filter) => Findings.countDocuments(filter)),
      ]);
      const row = visitRows.find((r) => r._id.equals(team._id));
      return {
        teamId: String(team._id),
        name: team.name,
        withoutVisit: row?.without ?? 0,
        visitsDueThisMonth: row?.dueThisMonth ?? 0,
        openFindingsPastDeadline: pastDeadline,
        seriousNotNotified,
      };
    }),
  );
  return { period: scope.period, teams };
}

/** Per team: placed children past their visit-interval deadline, and such deadlines due this month. */
export function visitDeadlinePipeline(scope: DashboardScope, today: CalendarDate): PipelineStage[] {
  const { first, last } = monthBounds(today);
  return [
    { $match: { ...projectionMatch(scope), 'open.ruleId': VISIT_RULE } },
    {
      $project: {
        teamId: 1,
        visits: { $filter: { input: '$open', as: 'd', cond: { $eq: ['$$d.ruleId', VISIT_RULE] } } },
      },
    },
    { $unwind: '$visits' },
    {
      $group: {
        _id: '$_id',
        teamId: { $first: '$teamId' },
        overdue: { $max: { $cond: [{ $lt: ['$visits.dueDate', today] }, 1, 0] } },
        dueThisMonth: {
          $sum: {
            $cond: [
              { $and: [{ $gte: ['$visits.dueDate', first] }, { $lte: ['$visits.dueDate', last] }] },
              1,
              0,
            ],
          },
        },
      },
    },
    { $group: { _id: '$teamId', without: { $sum: '$overdue' }, dueThisMonth: { $sum: '$dueThisMonth' } } },
  ];
}
