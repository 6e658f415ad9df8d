import type { Express } from 'express';
import type { ChildRecordDeps } from '../children/install.js';
import { myWorkRoutes } from './routes.js';
import { MyWorkService } from './service.js';

/** `GET /api/v1/me/work`. */
export function installMyWork(app: Express, deps: ChildRecordDeps): void {
  app.use(
    '/api/v1/me',
    myWorkRoutes(deps.openApi, new MyWorkService(deps.connection, deps.audit, deps.gate)).router,
  );
}
