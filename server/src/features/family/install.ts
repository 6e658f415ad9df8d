import type { Express } from 'express';
import type { ChildGuard } from '../children/child-guard.js';
import type { ChildRecordDeps } from '../children/install.js';
import { GenogramService } from './genogram-service.js';
import { familyRoutes } from './routes.js';
import { FamilyService } from './service.js';

/** The family, households and genogram of a child: `/api/v1/children/{id}/family...`. */
export function installFamily(app: Express, deps: ChildRecordDeps & { guard: ChildGuard }): void {
  const families = new FamilyService(deps.connection, deps.guard);
  const genogram = new GenogramService(deps.connection, deps.guard);
  app.use('/api/v1/children', familyRoutes(deps.openApi, families, genogram).router);
}
