import type { Express } from 'express';
import type { RealtimeBroadcaster } from '../../platform/realtime/broadcaster.js';
import type { ChildRecordDeps } from '../children/install.js';
import type { ChildrenService } from '../children/service.js';
import { ChecklistTemplateService } from './checklists/template-service.js';
import { templateRoutes } from './checklists/template-routes.js';
import { findingRoutes } from './findings/finding-routes.js';
import { FindingService } from './findings/finding-service.js';
import { inspectorRoutes } from './inspector-routes.js';
import { PlacementAccess } from './placement-access.js';
import { placementRoutes } from './placement-routes.js';
import { PlacementService } from './placement-service.js';
import { unitRoutes } from './unit-routes.js';
import { PlacementUnitService } from './unit-service.js';
import { attachmentRoutes } from './visits/attachment-routes.js';
import { VisitAttachmentService } from './visits/attachment-service.js';
import { VisitDraftService } from './visits/draft-service.js';
import { VisitDueService } from './visits/due-service.js';
import { VisitReportService } from './visits/report-service.js';
import { SubmissionEffects } from './visits/submission.js';
import { visitRoutes } from './visits/visit-routes.js';
import { VisitService } from './visits/visit-service.js';

/**
 * Placement oversight (issue 8): the unit register, placements, versioned checklists, visits with
 * offline draft sync and photos in GridFS, findings with follow-up and the supervisors' real-time
 * alert. A child's placements, visits and findings are the 'placement' part of the record: the team
 * and the assigned inspector (placements keep InspectorAssignment in step), every access audited.
 */
export function installPlacements(
  app: Express,
  deps: ChildRecordDeps & { children: ChildrenService; realtime: RealtimeBroadcaster },
): void {
  const { connection, openApi, gate, audit } = deps;
  const lists = { gate, audit };
  const access = new PlacementAccess(deps.children, gate);
  const units = new PlacementUnitService(connection, audit);
  const templates = new ChecklistTemplateService(connection, audit);
  const visits = new VisitService(connection, access, templates, lists);
  const effects = new SubmissionEffects(connection, deps.realtime);
  app.use('/api/v1/placement-units', unitRoutes(openApi, units).router);
  app.use(
    '/api/v1/placements',
    placementRoutes(openApi, new PlacementService(connection, access, units, lists)).router,
  );
  app.use('/api/v1/placement-inspectors', inspectorRoutes(openApi, connection).router);
  app.use('/api/v1/checklist-templates', templateRoutes(openApi, templates).router);
  app.use(
    '/api/v1/visits',
    visitRoutes(openApi, {
      visits,
      drafts: new VisitDraftService(connection, access, visits, units, templates, effects),
      due: new VisitDueService(connection, access, lists),
      reports: new VisitReportService(connection, access, visits, units, templates),
    }).router,
  );
  app.use(
    '/api/v1/visits',
    attachmentRoutes(openApi, new VisitAttachmentService(connection, access, visits)).router,
  );
  app.use('/api/v1/findings', findingRoutes(openApi, new FindingService(connection, access, lists)).router);
}
