import { can, type OrganisationAction } from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { ForbiddenError } from '../../platform/errors.js';

/**
 * Administration is audited as its own category: it is not client data, but who changed whose roles
 * and teams decides who sees client data next, so it belongs in the same tamper-evident chain.
 */
export class AdminGuard {
  constructor(private readonly audit: AuditWriter) {}

  /** Audits and throws for a non-administrator; returns quietly for an administrator. */
  async require(
    caller: Caller,
    permission: OrganisationAction,
    action: string,
    target: { type: string; id?: string },
  ): Promise<void> {
    const decision = can(caller.user, permission, { kind: 'organisation' });
    if (decision.allowed) return;
    await this.audit.record({
      ...auditActor(caller),
      category: 'administration',
      action,
      outcome: 'denied',
      denyReason: decision.reason,
      target,
    });
    throw new ForbiddenError('Only administrators manage users and teams.');
  }

  /** Written before the change is made, so a failed audit write leaves nothing changed. */
  recordAllowed(
    caller: Caller,
    action: string,
    target: { type: string; id?: string },
    fields?: string[],
  ): Promise<unknown> {
    return this.audit.record({
      ...auditActor(caller),
      category: 'administration',
      action,
      outcome: 'allowed',
      target,
      fields,
    });
  }
}
