import type { Express } from 'express';
import type { ChildGuard } from '../children/child-guard.js';
import type { ChildRecordDeps } from '../children/install.js';
import { networkRoutes } from './routes.js';
import { NetworkService } from './service.js';

/** The child's network map: `/api/v1/children/{id}/network...`. */
export function installNetwork(app: Express, deps: ChildRecordDeps & { guard: ChildGuard }): void {
  app.use(
    '/api/v1/children',
    networkRoutes(deps.openApi, new NetworkService(deps.connection, deps.guard)).router,
  );
}
