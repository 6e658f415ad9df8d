import type { Express } from 'express';
import type { ChildRecordDeps } from '../children/install.js';
import { caseloadRoutes } from './routes.js';
import { CaseloadService } from './service.js';

/** `GET /api/v1/caseload`: caseloads against the cap (LSL 13 b §). */
export function installCaseload(app: Express, deps: ChildRecordDeps): void {
  app.use(
    '/api/v1/caseload',
    caseloadRoutes(deps.openApi, new CaseloadService(deps.connection, deps.audit)).router,
  );
}
