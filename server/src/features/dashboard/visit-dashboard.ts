import type { Connection, PipelineStage, Types } from 'mongoose';
import { addCalendarDays, addMonths, type CalendarDate, type VisitDashboard } from '@keha/shared';
import { deadlineProjectionModel } from '../case/deadline-projection.model.js';
import { findingModel } from '../placements/findings/finding.model.js';
import { visitModel } from '../placements/visits/visit.model.js';
import { countPerTeam, teamsOfChildren } from './child-teams.js';
import { projectionMatch } from './deadline-dashboard.js';
import type { DashboardScope } from './scope.js';

export const VISIT_RULE = 'placed-child-visit-interval';

/** A host county or AVI notification not yet sent (LSL 79 § 3 mom). */
const UNSENT = { $elemMatch: { recipient: { $in: ['host_county', 'avi'] }, sent: false } };

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
    'draft.notifications': UNSENT,
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
  const Findings = findingModel(connection);
  type TeamCount = { _id: Types.ObjectId; n: number };
  const [[visitRows], pastDeadline, serious] = await Promise.all([
    deadlineProjectionModel(connection).aggregate<{ without: TeamCount[]; dueThisMonth: TeamCount[] }>(
      visitDeadlinePipeline(scope, today),
    ),
    Findings.find(findingsPastDeadline(today), { childIds: 1 }).lean(),
    Findings.find({ severity: 'serious' }, { childIds: 1, visitId: 1 }).lean(),
  ]);
  const unsent = new Set(
    (
      await visitModel(connection).distinct('_id', {
        _id: { $in: serious.map((f) => f.visitId) },
        'draft.notifications': UNSENT,
      })
    ).map(String),
  );
  const notNotified = serious.filter((f) => unsent.has(String(f.visitId)));
  const teamOf = await teamsOfChildren(
    connection,
    [...pastDeadline, ...notNotified].flatMap((f) => f.childIds),
    scope,
  );
  const pair = (f: { _id: Types.ObjectId; childIds: Types.ObjectId[] }) => ({
    id: String(f._id),
    childIds: f.childIds,
  });
  const past = countPerTeam(pastDeadline.map(pair), teamOf);
  const unnotified = countPerTeam(notNotified.map(pair), teamOf);
  const teamCount = (rows: TeamCount[] | undefined, team: Types.ObjectId) =>
    rows?.find((r) => r._id.equals(team))?.n ?? 0;
  const teams = scope.teams.map((team) => {
    return {
      teamId: String(team._id),
      name: team.name,
      withoutVisit: teamCount(visitRows?.without, team._id),
      visitsDueThisMonth: teamCount(visitRows?.dueThisMonth, team._id),
      openFindingsPastDeadline: past.get(String(team._id)) ?? 0,
      seriousNotNotified: unnotified.get(String(team._id)) ?? 0,
    };
  });
  return { period: scope.period, teams };
}

/**
 * Per team: placed children past their visit-interval deadline (a child counts once however many of
 * its visit deadlines have passed), and such deadlines due this month; `$match` stages on the unwound
 * deadlines and plain counts (cheaper in the engine than conditional sums).
 */
export function visitDeadlinePipeline(scope: DashboardScope, today: CalendarDate): PipelineStage[] {
  const { first, last } = monthBounds(today);
  return [
    { $match: { ...projectionMatch(scope), 'open.ruleId': VISIT_RULE } },
    { $unwind: '$open' },
    { $match: { 'open.ruleId': VISIT_RULE } },
    {
      $facet: {
        without: [
          { $match: { 'open.dueDate': { $lt: today } } },
          { $group: { _id: '$_id', teamId: { $first: '$teamId' } } },
          { $group: { _id: '$teamId', n: { $sum: 1 } } },
        ],
        dueThisMonth: [
          { $match: { 'open.dueDate': { $gte: first, $lte: last } } },
          { $group: { _id: '$teamId', n: { $sum: 1 } } },
        ],
      },
    },
  ];
}
