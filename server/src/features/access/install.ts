import type { Express } from 'express';
import type { Database } from '../../platform/db.js';
import { AuditWriter } from '../../platform/audit/audit-writer.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import { AdminGuard } from '../admin/admin-audit.js';
import { adminRoutes } from '../admin/routes.js';
import { AdminTeamService } from '../admin/team-service.js';
import { AdminUserService, type AccountControls } from '../admin/user-service.js';
import { childrenRoutes } from '../children/routes.js';
import { ChildrenService } from '../children/service.js';
import { AccessLogService } from './access-log-service.js';
import { ChildAccessGate } from './child-access-gate.js';
import { AccessGrantService } from './grant-service.js';
import { auditRefusedBeforeRoute } from './refused-before-route.js';
import { AccessReviewService } from './review-service.js';
import { accessReviewRoutes } from './review-routes.js';

export interface AccessServices {
  audit: AuditWriter;
  gate: ChildAccessGate;
}

/**
 * Wires need-to-know access, the audit log, children, access reviews and administration. Mount after
 * the auth guard (every route needs a signed-in user). Later features take `audit` and `gate` from here.
 */
export function installAccess(
  app: Express,
  deps: { database: Database; openApi: OpenApiRegistry; accounts: AccountControls },
): AccessServices {
  const connection = deps.database.connection;
  const audit = new AuditWriter(connection);
  const gate = new ChildAccessGate(connection, audit);
  const children = new ChildrenService(connection, gate, audit);
  const grants = new AccessGrantService(connection, gate, children);
  const accessLog = new AccessLogService(connection, gate, children);
  const guard = new AdminGuard(audit);
  app.use('/api/v1/children', childrenRoutes(deps.openApi, { children, grants, accessLog }).router);
  app.use('/api/v1/children', auditRefusedBeforeRoute(audit));
  app.use(
    '/api/v1/access-reviews',
    accessReviewRoutes(deps.openApi, new AccessReviewService(connection, audit)).router,
  );
  const users = new AdminUserService(connection, guard, deps.accounts);
  app.use('/api/v1/admin', adminRoutes(deps.openApi, users, new AdminTeamService(connection, guard)).router);
  return { audit, gate };
}
