import { z } from 'zod';
import { accessReviewDecisionSchema, accessReviewSchema, idParamsSchema } from '@keha/shared';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { AccessReviewService } from './review-service.js';

export function accessReviewRoutes(registry: OpenApiRegistry, reviews: AccessReviewService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/access-reviews')
    .route(
      {
        method: 'get',
        path: '/',
        tag: 'access reviews',
        summary:
          'Flagged accesses (break-the-glass, supervisor) not yet reviewed; supervisors only, not their own',
        responses: {
          200: { description: 'Pending reviews', schema: z.object({ items: z.array(accessReviewSchema) }) },
        },
      },
      async (req, res) => {
        res.json({ items: await reviews.pending(callerOf(currentUser(req), req)) });
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id',
        tag: 'access reviews',
        summary: 'Record the review of a flagged access as appropriate or inappropriate',
        body: accessReviewDecisionSchema,
        responses: { 204: { description: 'Reviewed' } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(accessReviewDecisionSchema, req.body);
        await reviews.decide(callerOf(currentUser(req), req), id, body);
        res.status(204).end();
      },
    );
}
