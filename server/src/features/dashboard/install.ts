import type { Express } from 'express';
import type { RealtimeBroadcaster } from '../../platform/realtime/broadcaster.js';
import type { ChildRecordDeps } from '../children/install.js';
import { forwardDashboardChanges } from './live-updates.js';
import { dashboardRoutes } from './routes.js';
import { DashboardService } from './service.js';

/** `GET /api/v1/dashboard/...` (issue 9) and the `dashboard:changed` events to supervisors. */
export function installDashboard(
  app: Express,
  deps: ChildRecordDeps & { realtime: RealtimeBroadcaster },
): void {
  app.use(
    '/api/v1/dashboard',
    dashboardRoutes(deps.openApi, new DashboardService(deps.connection, deps.audit)).router,
  );
  forwardDashboardChanges(deps.connection, deps.realtime);
}
