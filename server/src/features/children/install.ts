import type { Express } from 'express';
import type { Connection } from 'mongoose';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { ChildAccessGate } from '../access/child-access-gate.js';
import { allocationRoutes } from './allocation-routes.js';
import { AllocationService } from './allocation-service.js';
import { ChildGuard } from './child-guard.js';
import { ChildrenService } from './service.js';

/** What the features around a child need: the database, the API document, the gate and the audit log. */
export interface ChildRecordDeps {
  connection: Connection;
  openApi: OpenApiRegistry;
  gate: ChildAccessGate;
  audit: AuditWriter;
}

/** Child creation and allocation (the list and the record itself are mounted by installAccess). */
export function installChildren(
  app: Express,
  deps: ChildRecordDeps,
): { children: ChildrenService; guard: ChildGuard } {
  const children = new ChildrenService(deps.connection, deps.gate, deps.audit);
  const allocation = new AllocationService(deps.connection, children, deps.audit);
  app.use('/api/v1/children', allocationRoutes(deps.openApi, allocation).router);
  return { children, guard: new ChildGuard(children, deps.gate) };
}
