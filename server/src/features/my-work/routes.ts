import { myWorkResponseSchema } from '@keha/shared';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { MyWorkService } from './service.js';

export function myWorkRoutes(registry: OpenApiRegistry, myWork: MyWorkService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/me').route(
    {
      method: 'get',
      path: '/work',
      tag: 'my-work',
      summary: "The caller's children as named social worker, their open tasks and deadlines (overdue first)",
      responses: { 200: { description: 'My work', schema: myWorkResponseSchema } },
    },
    async (req, res) => {
      res.json(await myWork.get(callerOf(currentUser(req), req)));
    },
  );
}
