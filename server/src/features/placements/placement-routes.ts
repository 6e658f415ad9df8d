import {
  idParamsSchema,
  placementInputSchema,
  placementListQuerySchema,
  placementListSchema,
  placementSchema,
  placementUpdateSchema,
} from '@keha/shared';
import type { Request } from 'express';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { PlacementService } from './placement-service.js';

const TAG = 'placements';
const caller = (req: Request) => callerOf(currentUser(req), req);
const id = (req: Request) => parseInput(idParamsSchema, req.params).id;

/** `/api/v1/placements`: a child's placements (part 'placement' of the record). */
export function placementRoutes(registry: OpenApiRegistry, placements: PlacementService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/placements')
    .route(
      {
        method: 'get',
        path: '/',
        tag: TAG,
        summary: "A child's placements (?childId=) or a unit's (?unitId=, only children you may see)",
        query: placementListQuerySchema,
        responses: { 200: { description: 'Placements, latest start first', schema: placementListSchema } },
      },
      async (req, res) => {
        res.json(await placements.list(caller(req), parseInput(placementListQuerySchema, req.query)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/',
        tag: TAG,
        summary:
          "Places a child (the child's team). 409 capacity_exceeded: over the legal maximum (refused) or over the registered places (give capacityOverrideReason)",
        body: placementInputSchema,
        responses: { 201: { description: 'The placement', schema: placementSchema } },
      },
      async (req, res) => {
        res
          .status(201)
          .json(await placements.create(caller(req), parseInput(placementInputSchema, req.body)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id',
        tag: TAG,
        summary: 'One placement',
        responses: { 200: { description: 'The placement', schema: placementSchema } },
      },
      async (req, res) => {
        res.json(await placements.get(caller(req), id(req)));
      },
    )
    .route(
      {
        method: 'patch',
        path: '/:id',
        tag: TAG,
        summary:
          'Ends or changes a placement (end date, inspector, interval, responsible worker). A later end date is checked like a new placement for the days it adds: 409 capacity_exceeded over the legal maximum (refused) or over the registered places (give capacityOverrideReason), 400 if the child has another placement then; 409 stale_revision',
        body: placementUpdateSchema,
        responses: { 200: { description: 'The placement', schema: placementSchema } },
      },
      async (req, res) => {
        res.json(await placements.update(caller(req), id(req), parseInput(placementUpdateSchema, req.body)));
      },
    );
}
