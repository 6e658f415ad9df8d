import type { Express } from 'express';
import type { Database } from '../../platform/db.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { AccessServices } from '../access/install.js';
import { ChildrenService } from '../children/service.js';
import { CaseAccess } from './case-access.js';
import { ChildViewService } from './child-view-service.js';
import { DeadlineService } from './deadline-service.js';
import { eventRoutes } from './event-routes.js';
import { CaseEventService } from './event-service.js';
import { pictureRoutes, taskRoutes } from './picture-routes.js';
import { PictureService } from './picture-service.js';
import { ClientPlanService } from './plan-service.js';
import { recordRoutes } from './record-routes.js';
import { SafetyService } from './safety-service.js';
import { TaskService } from './task-service.js';
import { TimelineService } from './timeline-service.js';

export interface CaseServices {
  deadlines: DeadlineService;
  tasks: TaskService;
}

/**
 * Case records (issue 5): lifecycle events with versions, statutory deadlines, the client plan, the
 * child's view, safety statements and scores, tasks, the timeline and the situational picture. Every
 * read and write goes through the child access gate (part 'case'). Mount after `installAccess`.
 */
export function installCase(
  app: Express,
  deps: { database: Database; openApi: OpenApiRegistry; access: AccessServices },
): CaseServices {
  const connection = deps.database.connection;
  const { gate, audit } = deps.access;
  const access = new CaseAccess(new ChildrenService(connection, gate, audit), gate);
  const deadlines = new DeadlineService(connection, access);
  const tasks = new TaskService(connection, access);
  const children = [
    eventRoutes(deps.openApi, new CaseEventService(connection, access), deadlines),
    recordRoutes(deps.openApi, {
      plans: new ClientPlanService(connection, access),
      views: new ChildViewService(connection, access),
      safety: new SafetyService(connection, access),
    }),
    pictureRoutes(deps.openApi, {
      picture: new PictureService(connection, access, deadlines, tasks),
      timeline: new TimelineService(connection, access),
      tasks,
    }),
  ];
  for (const routes of children) app.use('/api/v1/children', routes.router);
  app.use('/api/v1/tasks', taskRoutes(deps.openApi, tasks).router);
  return { deadlines, tasks };
}
