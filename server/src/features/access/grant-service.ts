import { Types, type Connection } from 'mongoose';
import { ACCESS_GRANT_HOURS, type AccessGrant, type AccessRequest } from '@keha/shared';
import { type Caller } from '../../platform/access/caller.js';
import { childAccessError } from '../../platform/access/denials.js';
import type { ChildrenService } from '../children/service.js';
import type { ChildAccessGate } from './child-access-gate.js';
import { accessGrantModel } from './grant.model.js';

/**
 * Break-the-glass (anyone with a client-data role outside the child's team) and supervisor access:
 * the caller gives a reason, gets read-only access to that one child for ACCESS_GRANT_HOURS, and the
 * grant waits in the supervisors' review list. The request itself is audited with the reason.
 */
export class AccessGrantService {
  constructor(
    private readonly connection: Connection,
    private readonly gate: ChildAccessGate,
    private readonly children: ChildrenService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async request(caller: Caller, childId: string, request: AccessRequest): Promise<AccessGrant> {
    const action =
      request.kind === 'break_glass' ? 'child.request_break_glass' : 'child.request_supervisor_access';
    const child = await this.children.findOrAuditMissing(caller, childId, action);
    const { decision } = await this.gate.check(caller, action, child, {
      part: 'core',
      view: `access-grant.${request.kind}`,
      purpose: request.reason,
    });
    if (!decision.allowed) throw childAccessError(decision.reason);
    const expiresAt = new Date(this.clock().getTime() + ACCESS_GRANT_HOURS * 3_600_000);
    const grant = await accessGrantModel(this.connection).create({
      userId: new Types.ObjectId(caller.user.id),
      childId: child._id,
      teamId: child.teamId,
      kind: request.kind,
      reason: request.reason,
      expiresAt,
    });
    return {
      id: String(grant._id),
      childId: String(child._id),
      kind: grant.kind,
      reason: grant.reason,
      expiresAt: expiresAt.toISOString(),
    };
  }
}
