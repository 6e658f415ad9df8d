import type { Connection } from 'mongoose';
import type { AccessLogEntry, AccessLogQuery, AccessLogResponse } from '@keha/shared';
import { auditCollection } from '../../platform/audit/audit-event.js';
import { type Caller } from '../../platform/access/caller.js';
import { childAccessError } from '../../platform/access/denials.js';
import type { ChildrenService } from '../children/service.js';
import type { ChildAccessGate } from './child-access-gate.js';

/** More than this in one report means the period should be narrowed; the report says it was cut. */
export const ACCESS_LOG_MAX_ENTRIES = 20_000;

/**
 * The log report for a client (ATL 11 §): who used or saw the child's data, when, why, and whether it
 * was allowed. Supervisors answer clients' requests; the team lead of the child's own team may
 * prepare one. The export is itself client data and is audited before it is answered.
 */
export class AccessLogService {
  constructor(
    private readonly connection: Connection,
    private readonly gate: ChildAccessGate,
    private readonly children: ChildrenService,
  ) {}

  async report(caller: Caller, childId: string, query: AccessLogQuery): Promise<AccessLogResponse> {
    const child = await this.children.findOrAuditMissing(caller, childId, 'child.access_log');
    const { decision } = await this.gate.check(caller, 'child.access_log', child, {
      part: 'core',
      view: `access-log.${query.format}`,
      purpose: 'ATL 11 § log report for the client',
      fields: [query.from ? `from=${query.from}` : 'from=start', query.to ? `to=${query.to}` : 'to=now'],
    });
    if (!decision.allowed) throw childAccessError(decision.reason);
    const at: Record<string, Date> = {};
    if (query.from) at['$gte'] = new Date(query.from);
    if (query.to) at['$lte'] = endOf(query.to);
    const id = String(child._id);
    const events = await auditCollection(this.connection)
      .find({ $or: [{ childId: id }, { childIds: id }], ...(query.from || query.to ? { at } : {}) })
      .sort({ at: 1, seq: 1 })
      .limit(ACCESS_LOG_MAX_ENTRIES + 1)
      .toArray();
    const entries: AccessLogEntry[] = events.slice(0, ACCESS_LOG_MAX_ENTRIES).map((e) => ({
      at: e.at.toISOString(),
      username: e.actor.username,
      roles: e.actor.roles,
      action: e.action,
      ...(e.view ? { view: e.view } : {}),
      ...(e.purpose ? { purpose: e.purpose } : {}),
      outcome: e.outcome,
      ...(e.flagged ? { flagged: e.flagged } : {}),
    }));
    return {
      childId: id,
      childName: `${child.firstName} ${child.lastName}`,
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      entries,
      truncated: events.length > ACCESS_LOG_MAX_ENTRIES,
    };
  }
}

/** A bare date as `to` means the whole of that day. */
function endOf(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}
