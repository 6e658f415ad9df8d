import {
  allocationInputSchema,
  childCreateInputSchema,
  childResponseSchema,
  idParamsSchema,
} from '@keha/shared';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { AllocationService } from './allocation-service.js';

/** New children and their named social worker (LSL 13 b §: one per child, a caseload cap per worker). */
export function allocationRoutes(registry: OpenApiRegistry, allocation: AllocationService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/children')
    .route(
      {
        method: 'post',
        path: '/',
        tag: 'children',
        summary:
          'Create a child with a named social worker of its team (409 conflict for a known identity code, 409 caseload_cap_reached at the cap)',
        body: childCreateInputSchema,
        responses: { 201: { description: 'The child', schema: childResponseSchema } },
      },
      async (req, res) => {
        const body = parseInput(childCreateInputSchema, req.body);
        res.status(201).json(await allocation.create(callerOf(currentUser(req), req), body));
      },
    )
    .route(
      {
        method: 'put',
        path: '/:id/named-social-worker',
        tag: 'children',
        summary:
          'Allocate the child to a named social worker (409 caseload_cap_reached at the cap unless a supervisor gives overrideReason)',
        body: allocationInputSchema,
        responses: { 200: { description: 'The child', schema: childResponseSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(allocationInputSchema, req.body);
        res.json(await allocation.allocate(callerOf(currentUser(req), req), id, body));
      },
    );
}
