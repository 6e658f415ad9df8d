import { healthStatusSchema } from '@keha/shared';
import { ApiRouter } from '../../platform/http/api-router.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { HealthService } from './service.js';

export function healthRoutes(registry: OpenApiRegistry, health: HealthService): ApiRouter {
  return new ApiRouter(registry, '/api/health').route(
    {
      method: 'get',
      path: '/',
      tag: 'platform',
      summary: 'Process and database status (503 when the database is down)',
      authenticated: false,
      responses: {
        200: { description: 'Everything is up', schema: healthStatusSchema },
        503: { description: 'Degraded: the database does not answer', schema: healthStatusSchema },
      },
    },
    async (_req, res) => {
      const status = await health.status();
      res
        .status(status.status === 'ok' ? 200 : 503)
        .set('Cache-Control', 'no-store')
        .json(status);
    },
  );
}
