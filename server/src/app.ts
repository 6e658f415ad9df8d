import express, { type Express } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from './platform/config.js';
import type { Database } from './platform/db.js';
import type { Logger } from './platform/logging.js';
import { apiNotFound, errorHandler } from './platform/http/error-handler.js';
import { spaRouter } from './platform/http/spa.js';
import { securityHeaders } from './platform/http/security-headers.js';
import { OpenApiRegistry } from './platform/openapi/registry.js';
import { HealthService } from './features/health/service.js';
import { healthRoutes } from './features/health/routes.js';
import { APP_VERSION } from './platform/version.js';
import { installAuth, type AuthServices } from './features/auth/install.js';
import { installAccess } from './features/access/install.js';
import { installCase } from './features/case/install.js';
import { installChildren } from './features/children/install.js';
import { installFamily } from './features/family/install.js';
import { installNetwork } from './features/network/install.js';
import { installCaseload } from './features/caseload/install.js';
import { installMyWork } from './features/my-work/install.js';
import { installTherapy } from './features/therapy/install.js';
import { installPlacements } from './features/placements/install.js';
import { RealtimeBroadcaster } from './platform/realtime/broadcaster.js';
import { installMeetings, type MeetingServices } from './features/meetings/install.js';
import { installDashboard } from './features/dashboard/install.js';

export interface AppDependencies {
  config: AppConfig;
  database: Database;
  logger: Logger;
}

export interface KehaApp {
  app: Express;
  openApi: OpenApiRegistry;
  /** Sessions (also used by socket.io) and the login throttle (admin unlock). */
  auth: AuthServices;
  /** Bound to socket.io by the server once it is attached; features push events through it. */
  realtime: RealtimeBroadcaster;
  /** Weekly team meetings; the server attaches their live notes to socket.io. */
  meetings: MeetingServices;
}

/** Builds the Express app: platform middleware, feature routers, the SPA, then the one error pipeline. */
export function createApp({ config, database, logger }: AppDependencies): KehaApp {
  const app = express();
  const openApi = new OpenApiRegistry();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  app.use(helmet(securityHeaders(config)));
  app.use(compression());
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use('/api', express.json({ limit: '1mb', strict: true }));
  // Sessions, CSRF and the signed-in guard for /api/v1 (except login, csrf, openapi.json): before every feature router.
  const auth = installAuth(app, { config, database, openApi });

  const routers = [healthRoutes(openApi, new HealthService(database, APP_VERSION))];
  app.use('/api/health', routers[0]!.router);
  // Children, access reviews, access logs and administration, all behind the signed-in guard.
  const access = installAccess(app, {
    database,
    openApi,
    accounts: {
      unlock: (username) => auth.throttle.unlock(username),
      lockedUntil: (usernames) => auth.throttle.lockedUntil(usernames),
      revokeAll: (id) => auth.sessions.revokeAll(id),
    },
  });
  installCase(app, { database, openApi, access });
  const records = { connection: database.connection, openApi, ...access };
  const { guard, children } = installChildren(app, records);
  installFamily(app, { ...records, guard });
  installNetwork(app, { ...records, guard });
  installCaseload(app, records);
  installMyWork(app, records);
  installTherapy(app, { ...records, children });
  const realtime = new RealtimeBroadcaster();
  installPlacements(app, { ...records, children, realtime });
  const meetings = installMeetings(app, {
    ...records,
    guard,
    logger,
    realtime: { compaction: config.notes },
  });
  installDashboard(app, { ...records, realtime });
  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApi.document({ title: 'Kehä API', version: APP_VERSION }));
  });
  app.use('/api', apiNotFound());

  const spa = spaRouter(config.clientDist);
  if (spa) app.use(spa);
  app.use(errorHandler(logger));
  return { app, openApi, auth, realtime, meetings };
}
