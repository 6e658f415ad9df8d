import { z } from 'zod';
import {
  familySchema,
  idParamsSchema,
  personInputSchema,
  personSchema,
  relationshipInputSchema,
  relationshipSchema,
} from '@keha/shared';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { GenogramService } from './genogram-service.js';
import {
  familyLinkInputSchema,
  householdsInputSchema,
  patchBodySchema,
  personParamsSchema,
  relationshipParamsSchema,
} from './schemas.js';
import type { FamilyService } from './service.js';

const tag = 'family';

/** `/children/{id}/family...`: the genogram of the child's family (need-to-know on the child). */
export function familyRoutes(
  registry: OpenApiRegistry,
  families: FamilyService,
  genogram: GenogramService,
): ApiRouter {
  return new ApiRouter(registry, '/api/v1/children')
    .route(
      {
        method: 'get',
        path: '/:id/family',
        tag,
        summary: "The child's family: households, people and genogram lines (null before one is made)",
        responses: {
          200: { description: 'The family', schema: z.object({ family: familySchema.nullable() }) },
        },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await families.get(callerOf(currentUser(req), req), id));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/family',
        tag,
        summary:
          'Create a family for the child ({name}) or join an existing family of the same team ({familyId})',
        body: familyLinkInputSchema,
        responses: { 201: { description: 'The family', schema: familySchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const caller = callerOf(currentUser(req), req);
        const body = parseInput(familyLinkInputSchema, req.body);
        res.status(201).json(await families.link(caller, id, body));
      },
    )
    .route(
      {
        method: 'put',
        path: '/:id/family/households',
        tag,
        summary: "Replace the family's households (a household with members cannot be dropped)",
        body: householdsInputSchema,
        responses: { 200: { description: 'The family', schema: familySchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(householdsInputSchema, req.body);
        res.json(await families.setHouseholds(callerOf(currentUser(req), req), id, body));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/family/persons',
        tag,
        summary: 'Add a person to the genogram',
        body: personInputSchema,
        responses: { 201: { description: 'The person', schema: personSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.status(201).json(await genogram.addPerson(callerOf(currentUser(req), req), id, req.body));
      },
    )
    .route(
      {
        method: 'patch',
        path: '/:id/family/persons/:personId',
        tag,
        summary: 'Edit a person (fields left out are kept, null clears a field); people are never deleted',
        body: patchBodySchema,
        responses: { 200: { description: 'The person', schema: personSchema } },
      },
      async (req, res) => {
        const { id, personId } = parseInput(personParamsSchema, req.params);
        const patch = parseInput(patchBodySchema, req.body);
        res.json(await genogram.updatePerson(callerOf(currentUser(req), req), id, personId, patch));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/family/relationships',
        tag,
        summary: 'Draw a genogram line (no one their own ancestor; parents born before their children)',
        body: relationshipInputSchema,
        responses: { 201: { description: 'The line', schema: relationshipSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.status(201).json(await genogram.addRelationship(callerOf(currentUser(req), req), id, req.body));
      },
    )
    .route(
      {
        method: 'patch',
        path: '/:id/family/relationships/:relationshipId',
        tag,
        summary: 'Edit a genogram line (fields left out are kept, null clears a field)',
        body: patchBodySchema,
        responses: { 200: { description: 'The line', schema: relationshipSchema } },
      },
      async (req, res) => {
        const { id, relationshipId } = parseInput(relationshipParamsSchema, req.params);
        const patch = parseInput(patchBodySchema, req.body);
        res.json(
          await genogram.updateRelationship(callerOf(currentUser(req), req), id, relationshipId, patch),
        );
      },
    )
    .route(
      {
        method: 'delete',
        path: '/:id/family/relationships/:relationshipId',
        tag,
        summary: 'Remove a wrongly drawn genogram line',
        responses: { 204: { description: 'Removed' } },
      },
      async (req, res) => {
        const { id, relationshipId } = parseInput(relationshipParamsSchema, req.params);
        await genogram.deleteRelationship(callerOf(currentUser(req), req), id, relationshipId);
        res.status(204).end();
      },
    );
}
