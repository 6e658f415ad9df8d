import { z } from 'zod';
import {
  idParamsSchema,
  networkMemberInputSchema,
  networkMemberSchema,
  networkResponseSchema,
  objectIdSchema,
} from '@keha/shared';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { NetworkService } from './service.js';

const memberParamsSchema = z.strictObject({ id: objectIdSchema, memberId: objectIdSchema });
const tag = 'network';

/** `/children/{id}/network...`: the child's network map (verkostokartta, LSL 32 §). */
export function networkRoutes(registry: OpenApiRegistry, network: NetworkService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/children')
    .route(
      {
        method: 'get',
        path: '/:id/network',
        tag,
        summary: "The child's network map (members not removed)",
        responses: { 200: { description: 'The map', schema: networkResponseSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await network.list(callerOf(currentUser(req), req), id));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/network',
        tag,
        summary: 'Add a person or agency to the network map',
        body: networkMemberInputSchema,
        responses: { 201: { description: 'The member', schema: networkMemberSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(networkMemberInputSchema, req.body);
        res.status(201).json(await network.add(callerOf(currentUser(req), req), id, body));
      },
    )
    .route(
      {
        method: 'put',
        path: '/:id/network/:memberId',
        tag,
        summary: 'Replace a network member (closeness, support, role...)',
        body: networkMemberInputSchema,
        responses: { 200: { description: 'The member', schema: networkMemberSchema } },
      },
      async (req, res) => {
        const { id, memberId } = parseInput(memberParamsSchema, req.params);
        const body = parseInput(networkMemberInputSchema, req.body);
        res.json(await network.update(callerOf(currentUser(req), req), id, memberId, body));
      },
    )
    .route(
      {
        method: 'delete',
        path: '/:id/network/:memberId',
        tag,
        summary: 'Take a member off the map (kept on record as removed)',
        responses: { 204: { description: 'Removed' } },
      },
      async (req, res) => {
        const { id, memberId } = parseInput(memberParamsSchema, req.params);
        await network.remove(callerOf(currentUser(req), req), id, memberId);
        res.status(204).end();
      },
    );
}
