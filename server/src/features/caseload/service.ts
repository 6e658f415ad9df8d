import { Types, type Connection } from 'mongoose';
import {
  caseloadCapRuleOn,
  hasClientDataRole,
  hasRole,
  TEAM_ROLES,
  type CalendarDate,
  type CaseloadResponse,
} from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { ForbiddenError } from '../../platform/errors.js';
import { teamModel } from '../teams/model.js';
import { userModel } from '../users/model.js';
import { caseloadCounts } from './counts.js';

/**
 * Children aged 0-17 per named social worker against the cap in force on the date (LSL 13 b §; THL
 * counts on the second Tuesday of April and October). Team members see the workers of their teams,
 * supervisors those of the teams they supervise (every team when they belong to none). Only counts
 * leave the server, so the read is audited at organisation level, without children.
 */
export class CaseloadService {
  constructor(
    private readonly connection: Connection,
    private readonly audit: AuditWriter,
  ) {}

  async report(caller: Caller, date: CalendarDate): Promise<CaseloadResponse> {
    const teamIds = await this.visibleTeams(caller);
    await this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action: 'caseload.read',
      outcome: teamIds ? 'allowed' : 'denied',
      denyReason: teamIds ? undefined : hasClientDataRole(caller.user) ? 'not_permitted' : 'no_client_data',
      target: { type: 'organisation' },
      view: 'caseload',
      fields: ['children per worker', 'children per team', `date=${date}`],
    });
    if (!teamIds) throw new ForbiddenError('Caseloads are for team members and supervisors.');
    const [teams, workers] = await Promise.all([
      teamModel(this.connection)
        .find({ _id: { $in: teamIds } })
        .sort({ name: 1 })
        .lean(),
      userModel(this.connection)
        .find({ active: true, roles: { $in: ['social_worker', 'team_lead'] }, teamIds: { $in: teamIds } })
        .sort({ displayName: 1 })
        .lean(),
    ]);
    const [perWorker, perTeam] = await Promise.all([
      caseloadCounts(this.connection, date, { workerIds: workers.map((w) => w._id) }),
      caseloadCounts(this.connection, date, { teamIds }),
    ]);
    const rule = caseloadCapRuleOn(date);
    const cap = rule?.maxChildren ?? null;
    return {
      date,
      cap,
      legalReference: rule?.legalReference ?? 'LSL 13 b §',
      workers: workers.map((w) => {
        const children = perWorker.byWorker.get(String(w._id)) ?? 0;
        return {
          socialWorkerId: String(w._id),
          name: w.displayName,
          teamIds: w.teamIds.map(String),
          children,
          cap,
          atOrOverCap: cap !== null && children >= cap,
        };
      }),
      teams: teams.map((t) => ({
        teamId: String(t._id),
        name: t.name,
        children: perTeam.byTeam.get(String(t._id)) ?? 0,
      })),
    };
  }

  /** The teams whose workers the caller may see, or null when caseloads are not for them. */
  private async visibleTeams(caller: Caller): Promise<Types.ObjectId[] | null> {
    const user = caller.user;
    const own = user.teamIds.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    if (hasRole(user, 'supervisor'))
      return own.length ? own : (await teamModel(this.connection).find().lean()).map((t) => t._id);
    return user.roles.some((role) => TEAM_ROLES.includes(role)) && own.length ? own : null;
  }
}
