import {
  idParamsSchema,
  placementUnitInputSchema,
  placementUnitListQuerySchema,
  placementUnitListSchema,
  placementUnitSchema,
  placementUnitUpdateSchema,
} from '@keha/shared';
import type { Request } from 'express';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { PlacementUnitService } from './unit-service.js';

const TAG = 'placements';
const caller = (req: Request) => callerOf(currentUser(req), req);
const id = (req: Request) => parseInput(idParamsSchema, req.params).id;

/** `/api/v1/placement-units`: the register of foster families, family homes and institutions. */
export function unitRoutes(registry: OpenApiRegistry, units: PlacementUnitService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/placement-units')
    .route(
      {
        method: 'get',
        path: '/',
        tag: TAG,
        summary: 'Placement units with their capacity and occupancy today (?type=&active=)',
        query: placementUnitListQuerySchema,
        responses: { 200: { description: 'Units by name', schema: placementUnitListSchema } },
      },
      async (req, res) => {
        res.json(await units.list(caller(req), parseInput(placementUnitListQuerySchema, req.query)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/',
        tag: TAG,
        summary: 'Registers a unit (registered places within the legal maximum, PHL 7-8 §)',
        body: placementUnitInputSchema,
        responses: { 201: { description: 'The unit', schema: placementUnitSchema } },
      },
      async (req, res) => {
        res.status(201).json(await units.create(caller(req), parseInput(placementUnitInputSchema, req.body)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id',
        tag: TAG,
        summary: 'One placement unit',
        responses: { 200: { description: 'The unit', schema: placementUnitSchema } },
      },
      async (req, res) => {
        res.json(await units.get(caller(req), id(req)));
      },
    )
    .route(
      {
        method: 'put',
        path: '/:id',
        tag: TAG,
        summary: 'Changes a unit (409 stale_revision with the current unit if baseRevision is old)',
        body: placementUnitUpdateSchema,
        responses: { 200: { description: 'The unit', schema: placementUnitSchema } },
      },
      async (req, res) => {
        const body = parseInput(placementUnitUpdateSchema, req.body);
        res.json(await units.update(caller(req), id(req), body.baseRevision, body.unit));
      },
    );
}
