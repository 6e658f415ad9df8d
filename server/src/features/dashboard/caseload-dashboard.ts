import type { Connection } from 'mongoose';
import {
  addCalendarDays,
  addMonths,
  caseloadCapOn,
  caseloadCapRuleOn,
  monthsBetween,
  thlSnapshotDates,
  type CalendarDate,
  type CaseloadDashboard,
} from '@keha/shared';
import { userModel } from '../users/model.js';
import { caseloadPoints } from './caseload-points.js';
import { currentCaseloads } from './current-caseloads.js';
import type { DashboardScope } from './scope.js';

/** The last day of the month, or today for the current month; null for a month still to come. */
function pointOf(month: string, today: CalendarDate): CalendarDate | null {
  const end = addCalendarDays(addMonths(`${month}-01`, 1), -1);
  if (`${month}-01` > today) return null;
  return end < today ? end : today;
}

/** The supervised workers of the scope: active named-social-worker roles in its teams. */
export function scopeWorkers(connection: Connection, scope: DashboardScope) {
  return userModel(connection)
    .find(
      {
        active: true,
        roles: { $in: ['social_worker', 'team_lead'] },
        teamIds: { $in: scope.teamIds },
        ...(scope.workerId ? { _id: scope.workerId } : {}),
      },
      { displayName: 1, teamIds: 1 },
    )
    .sort({ displayName: 1 })
    .lean();
}

/**
 * Children aged 0-17 per named social worker and team against the cap in force (LSL 13 b §), the
 * monthly trend, and THL's snapshot counts (second Tuesday of April and October) within the period.
 * Counts only: no child leaves the server here.
 */
export async function caseloadDashboard(
  connection: Connection,
  scope: DashboardScope,
): Promise<CaseloadDashboard> {
  const { today, from, to } = scope.period;
  const workers = await scopeWorkers(connection, scope);
  const months = monthsBetween(from, to);
  const trendDates = months.map((m) => pointOf(m, today)).filter((d): d is CalendarDate => d !== null);
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  const snapshotDates = years
    .flatMap((y) => thlSnapshotDates(y))
    .filter((d) => d >= `${from}-01` && d.slice(0, 7) <= to && d <= today);
  const dates = [...new Set([...trendDates, ...snapshotDates])];
  const [current, past] = await Promise.all([
    currentCaseloads(
      connection,
      scope,
      workers.map((w) => w._id),
      today,
    ),
    caseloadPoints(connection, scope, dates, today),
  ]);
  const points = dates.includes(today) ? [...past, ...current.today] : past;
  const rule = caseloadCapRuleOn(today);
  const cap = rule?.maxChildren ?? null;
  const atCap = (children: number, c: number | null) => c !== null && children >= c;
  const workerRows = workers.map((w) => {
    const children = current.byWorker.get(String(w._id)) ?? 0;
    return {
      workerId: String(w._id),
      name: w.displayName,
      teamIds: w.teamIds.map(String),
      children,
      atOrOverCap: atCap(children, cap),
    };
  });
  const names = new Map(workers.map((w) => [String(w._id), w.displayName]));
  return {
    period: scope.period,
    cap,
    legalReference: rule?.legalReference ?? 'LSL 13 b §',
    teams: scope.teams.map((t) => ({
      teamId: String(t._id),
      name: t.name,
      children: scope.workerId
        ? (current.byWorker.get(String(scope.workerId)) ?? 0)
        : (current.byTeam.get(String(t._id)) ?? 0),
      workersAtOrOverCap: workerRows.filter((w) => w.atOrOverCap && w.teamIds.includes(String(t._id))).length,
    })),
    workers: workerRows,
    trend: trendDates.map((date) => ({
      month: date.slice(0, 7),
      date,
      cap: caseloadCapOn(date),
      teams: Object.fromEntries(
        scope.teams.map((t) => [
          String(t._id),
          points
            .filter((r) => r.date === date && r.teamId === String(t._id))
            .reduce((n, r) => n + r.children, 0),
        ]),
      ),
    })),
    thlSnapshots: snapshotDates.map((date) => {
      const snapCap = caseloadCapOn(date);
      const byWorker = new Map<string, number>();
      for (const r of points.filter((s) => s.date === date && s.workerId))
        byWorker.set(r.workerId!, (byWorker.get(r.workerId!) ?? 0) + r.children);
      return {
        date,
        cap: snapCap,
        workers: [...byWorker]
          .map(([workerId, children]) => ({
            workerId,
            name: names.get(workerId) ?? workerId,
            children,
            overCap: snapCap !== null && children > snapCap,
          }))
          .sort((a, b) => b.children - a.children || a.name.localeCompare(b.name)),
      };
    }),
  };
}
