import {
  findingCloseSchema,
  findingListQuerySchema,
  findingListSchema,
  findingSchema,
  idParamsSchema,
} from '@keha/shared';
import type { Request } from 'express';
import { callerOf } from '../../../platform/access/caller.js';
import { currentUser } from '../../../platform/auth/current-user.js';
import { ApiRouter } from '../../../platform/http/api-router.js';
import { parseInput } from '../../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../../platform/openapi/registry.js';
import type { FindingService } from './finding-service.js';

const caller = (req: Request) => callerOf(currentUser(req), req);

/** `/api/v1/findings`: follow-up of visit findings. */
export function findingRoutes(registry: OpenApiRegistry, findings: FindingService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/findings')
    .route(
      {
        method: 'get',
        path: '/',
        tag: 'placements',
        summary: "Findings, newest first (?severity=serious&open=true is the supervisors' alert list)",
        query: findingListQuerySchema,
        responses: { 200: { description: 'Findings', schema: findingListSchema } },
      },
      async (req, res) => {
        res.json(await findings.list(caller(req), parseInput(findingListQuerySchema, req.query)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/close',
        tag: 'placements',
        summary: 'Closes a finding with the evidence that the required actions were taken',
        body: findingCloseSchema,
        responses: { 200: { description: 'The closed finding', schema: findingSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await findings.close(caller(req), id, parseInput(findingCloseSchema, req.body)));
      },
    );
}
