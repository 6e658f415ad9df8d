import type { Express } from 'express';
import type { ChildrenService } from '../children/service.js';
import type { ChildRecordDeps } from '../children/install.js';
import { TherapyCommentService } from './comment-service.js';
import { TherapyExportService } from './export-service.js';
import { exportRoutes } from './export-routes.js';
import { Score15Service } from './measurement-service.js';
import { planRoutes } from './plan-routes.js';
import { TherapyPlanService } from './plan-service.js';
import { myReminderRoutes, recordRoutes } from './record-routes.js';
import { TherapyReminderService } from './reminder-service.js';
import { TherapySessionService } from './session-service.js';
import { TherapyTeamPlans, teamPlanRoutes } from './team-plans.js';
import { TherapyAccess } from './therapy-access.js';

/**
 * Family-therapy plans, sessions and SCORE-15 measurements (issue 7): `/api/v1/therapy-plans...` and
 * `/api/v1/me/therapy-reminders`. Every read and write is decided and audited on each child of the
 * plan (part 'therapy'); only the family therapist writes, the team reads and comments.
 */
export function installTherapy(app: Express, deps: ChildRecordDeps & { children: ChildrenService }): void {
  const { connection, openApi } = deps;
  const access = new TherapyAccess(connection, deps.children, deps.gate);
  const measurements = new Score15Service(connection, access);
  const reminders = new TherapyReminderService(connection, access, deps.audit);
  const routers = [
    planRoutes(openApi, {
      plans: new TherapyPlanService(connection, access),
      comments: new TherapyCommentService(connection, access),
      reminders,
    }),
    recordRoutes(openApi, { sessions: new TherapySessionService(connection, access), measurements }),
    exportRoutes(openApi, new TherapyExportService(connection, access, measurements)),
  ];
  for (const routes of routers) app.use('/api/v1/therapy-plans', routes.router);
  app.use('/api/v1/me', myReminderRoutes(openApi, reminders).router);
  app.use('/api/v1/me', teamPlanRoutes(openApi, new TherapyTeamPlans(connection, deps.audit)).router);
}
