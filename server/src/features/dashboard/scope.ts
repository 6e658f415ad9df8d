import { Types, type Connection } from 'mongoose';
import {
  hasClientDataRole,
  hasRole,
  monthIndex,
  monthOfIndex,
  MAX_DASHBOARD_MONTHS,
  type AuditView,
  type CalendarDate,
  type DashboardQuery,
} from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { ForbiddenError, ValidationError } from '../../platform/errors.js';
import { teamModel } from '../teams/model.js';
import { userModel } from '../users/model.js';

export interface DashboardPeriod {
  from: string;
  to: string;
  today: CalendarDate;
}

/** What a dashboard may read for this caller and these filters. */
export interface DashboardScope {
  teams: { _id: Types.ObjectId; name: string }[];
  teamIds: Types.ObjectId[];
  workerId: Types.ObjectId | null;
  period: DashboardPeriod;
}

/** The period of months asked for: by default the 12 months up to the current one, never more than 24. */
export function resolvePeriod(
  query: Pick<DashboardQuery, 'from' | 'to'>,
  today: CalendarDate,
): DashboardPeriod {
  const current = monthIndex(today.slice(0, 7));
  const to =
    query.to ?? (query.from ? monthOfIndex(Math.max(current, monthIndex(query.from))) : today.slice(0, 7));
  const from = query.from ?? monthOfIndex(monthIndex(to) - 11);
  if (from > to) throw new ValidationError([{ path: 'from', message: 'The period starts after it ends.' }]);
  if (monthIndex(to) - monthIndex(from) + 1 > MAX_DASHBOARD_MONTHS)
    throw new ValidationError([
      { path: 'to', message: `The period is at most ${MAX_DASHBOARD_MONTHS} months.` },
    ]);
  return { from, to, today };
}

/**
 * Dashboards are for supervisors only (administrators see no client data): the teams they supervise
 * (their own teams, or every team when they belong to none, as the allocation rules read it), narrowed
 * by the filters. Every read is audited at organisation level with its view; refusals too.
 */
export async function dashboardScope(
  connection: Connection,
  audit: AuditWriter,
  caller: Caller,
  query: DashboardQuery,
  view: AuditView,
  today: CalendarDate,
): Promise<DashboardScope> {
  const record = (outcome: 'allowed' | 'denied', denyReason?: string) =>
    audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action: 'dashboard.read',
      outcome,
      ...(denyReason ? { denyReason } : {}),
      target: { type: 'organisation' },
      view,
      fields: Object.entries(query).map(([key, value]) => `${key}=${String(value)}`),
    });
  const user = caller.user;
  if (!hasRole(user, 'supervisor')) {
    await record('denied', hasClientDataRole(user) ? 'not_supervisor' : 'no_client_data');
    throw new ForbiddenError('The dashboards are for supervisors.');
  }
  const own = user.teamIds.filter((id) => Types.ObjectId.isValid(id));
  const supervised = await teamModel(connection)
    .find(own.length ? { _id: { $in: own.map((id) => new Types.ObjectId(id)) } } : {}, { name: 1 })
    .sort({ name: 1 })
    .lean();
  let teams = supervised;
  if (query.teamId) {
    teams = supervised.filter((t) => String(t._id) === query.teamId);
    if (!teams.length) {
      await record('denied', 'not_permitted');
      throw new ForbiddenError('You do not supervise this team.');
    }
  }
  let workerId: Types.ObjectId | null = null;
  if (query.workerId) {
    const worker = await userModel(connection).findById(query.workerId, { teamIds: 1 }).lean();
    const ids = new Set(teams.map((t) => String(t._id)));
    if (!worker || !worker.teamIds.some((id) => ids.has(String(id)))) {
      await record('denied', 'not_permitted');
      throw new ForbiddenError('This worker is not in a team you supervise.');
    }
    workerId = worker._id;
  }
  const period = resolvePeriod(query, today);
  await record('allowed');
  return { teams, teamIds: teams.map((t) => t._id), workerId, period };
}
