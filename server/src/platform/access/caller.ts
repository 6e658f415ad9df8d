import type { Request } from 'express';
import type { SessionUser } from '@keha/shared';
import type { AuditEventInput } from '../audit/audit-event.js';

/** Who is asking and from where: what every service needs to decide access and to audit it. */
export interface Caller {
  user: SessionUser;
  ip: string;
}

export function callerOf(user: SessionUser, req: Request): Caller {
  // req.ip honours the `trust proxy` setting, so behind the load balancer it is the client's address.
  return { user, ip: req.ip ?? req.socket.remoteAddress ?? 'unknown' };
}

export function auditActor(caller: Caller): Pick<AuditEventInput, 'actor' | 'ip'> {
  return {
    actor: { userId: caller.user.id, username: caller.user.username, roles: [...caller.user.roles] },
    ip: caller.ip,
  };
}
