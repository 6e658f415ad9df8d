import type { Connection, PipelineStage, Types } from 'mongoose';
import {
  addCalendarDays,
  isoWeekday,
  monthsBetween,
  STATUTORY_RULES,
  type CalendarDate,
  type DeadlineDashboard,
} from '@keha/shared';
import { deadlineProjectionModel } from '../case/deadline-projection.model.js';
import { scopeWorkers } from './caseload-dashboard.js';
import type { DashboardScope } from './scope.js';

/** Sunday of today's week: "due this week" is from today to then. */
export function weekEndOf(today: CalendarDate): CalendarDate {
  return addCalendarDays(today, 7 - isoWeekday(today));
}

/** The children of the scope as the stored deadlines know them (not closed). */
export function projectionMatch(scope: DashboardScope): Record<string, unknown> {
  return {
    teamId: { $in: scope.teamIds },
    childStatus: { $ne: 'closed' },
    ...(scope.workerId ? { workerId: scope.workerId } : {}),
  };
}

/**
 * Open statutory deadlines by rule, team and worker, in three buckets (overdue, due by Sunday, later),
 * from the stored per-child deadlines with the status worked out from today in the pipeline; and the
 * assessments completed per month of the period with the share within 3 months (LSL 26 §).
 */
export async function deadlineDashboard(
  connection: Connection,
  scope: DashboardScope,
): Promise<DeadlineDashboard> {
  const { today, from, to } = scope.period;
  const weekEnd = weekEndOf(today);
  const Projections = deadlineProjectionModel(connection);
  type Row = { _id: { rule: string; team: Types.ObjectId; worker: Types.ObjectId } } & Buckets;
  const [rows, done, workers] = await Promise.all([
    Projections.aggregate<Row>(openDeadlinesPipeline(scope, today, weekEnd)),
    Projections.aggregate<{ _id: string; completed: number; withinDeadline: number }>(
      assessmentPipeline(scope, from, to),
    ),
    scopeWorkers(connection, scope),
  ]);
  const sum = (pick: (r: Row) => boolean): Buckets =>
    rows.filter(pick).reduce(
      (acc, r) => ({
        overdue: acc.overdue + r.overdue,
        dueThisWeek: acc.dueThisWeek + r.dueThisWeek,
        upcoming: acc.upcoming + r.upcoming,
      }),
      { overdue: 0, dueThisWeek: 0, upcoming: 0 },
    );
  const ruleIds = [...new Set(STATUTORY_RULES.map((r) => r.id))];
  const byMonth = new Map(done.map((d) => [d._id, d]));
  const months = monthsBetween(from, to);
  return {
    period: scope.period,
    weekEnd,
    byRule: ruleIds.map((ruleId) => ({ ruleId, ...sum((r) => r._id.rule === ruleId) })),
    byTeam: scope.teams.map((t) => ({
      teamId: String(t._id),
      name: t.name,
      ...sum((r) => r._id.team.equals(t._id)),
    })),
    byWorker: workers.map((w) => ({
      workerId: String(w._id),
      name: w.displayName,
      ...sum((r) => r._id.worker.equals(w._id)),
    })),
    assessments: months.map((month) => {
      const m = byMonth.get(month) ?? { completed: 0, withinDeadline: 0 };
      return {
        month,
        completed: m.completed,
        withinDeadline: m.withinDeadline,
        share: m.completed ? m.withinDeadline / m.completed : null,
      };
    }),
  };
}

type Buckets = { overdue: number; dueThisWeek: number; upcoming: number };

/** Open deadlines per rule, team and worker in the three buckets, the status from `today` (explained in the benchmark). */
export function openDeadlinesPipeline(
  scope: DashboardScope,
  today: CalendarDate,
  weekEnd: CalendarDate,
): PipelineStage[] {
  return [
    { $match: projectionMatch(scope) },
    { $project: { teamId: 1, workerId: 1, open: 1 } },
    { $unwind: '$open' },
    {
      $group: {
        _id: { rule: '$open.ruleId', team: '$teamId', worker: '$workerId' },
        overdue: { $sum: { $cond: [{ $lt: ['$open.dueDate', today] }, 1, 0] } },
        dueThisWeek: {
          $sum: {
            $cond: [
              { $and: [{ $gte: ['$open.dueDate', today] }, { $lte: ['$open.dueDate', weekEnd] }] },
              1,
              0,
            ],
          },
        },
        upcoming: { $sum: { $cond: [{ $gt: ['$open.dueDate', weekEnd] }, 1, 0] } },
      },
    },
  ];
}

/** Assessments completed per month of the period, and how many within their due date. */
export function assessmentPipeline(scope: DashboardScope, from: string, to: string): PipelineStage[] {
  return [
    // Closed cases count too: THL's share is of every assessment completed in the month.
    { $match: { teamId: { $in: scope.teamIds }, ...(scope.workerId ? { workerId: scope.workerId } : {}) } },
    {
      $project: {
        done: {
          $filter: {
            input: '$assessments',
            as: 'd',
            cond: {
              $and: [{ $gte: ['$$d.metOn', `${from}-01`] }, { $lte: ['$$d.metOn', `${to}-31`] }],
            },
          },
        },
      },
    },
    { $unwind: '$done' },
    {
      $group: {
        _id: { $substrBytes: ['$done.metOn', 0, 7] },
        completed: { $sum: 1 },
        withinDeadline: { $sum: { $cond: [{ $lte: ['$done.metOn', '$done.dueDate'] }, 1, 0] } },
      },
    },
  ];
}
