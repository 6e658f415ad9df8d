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

export interface AppDependencies {
  config: AppConfig;
  database: Database;
  logger: Logger;
}

export interface KehaApp {
  app: Express;
  openApi: OpenApiRegistry;
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

  const routers = [healthRoutes(openApi, new HealthService(database, APP_VERSION))];
  app.use('/api/health', routers[0]!.router);
  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApi.document({ title: 'Kehä API', version: APP_VERSION }));
  });
  app.use('/api', apiNotFound());

  const spa = spaRouter(config.clientDist);
  if (spa) app.use(spa);
  app.use(errorHandler(logger));
  return { app, openApi };
}
