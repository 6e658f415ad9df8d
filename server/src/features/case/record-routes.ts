import {
  childViewInputSchema,
  childViewSchema,
  clientPlanInputSchema,
  clientPlanSchema,
  idParamsSchema,
  safetyScoreInputSchema,
  safetyScoreSchema,
  safetyStatementInputSchema,
  safetyStatementSchema,
} from '@keha/shared';
import { z } from 'zod';
import { callerOf, type Caller } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { ChildViewService } from './child-view-service.js';
import type { ClientPlanService } from './plan-service.js';
import type { SafetyService } from './safety-service.js';

export interface RecordServices {
  plans: ClientPlanService;
  views: ChildViewService;
  safety: SafetyService;
}

interface Collection<I extends z.ZodType, O> {
  path: string;
  what: string;
  input: I;
  item: z.ZodType;
  list: (caller: Caller, childId: string) => Promise<{ items: O[] }>;
  create: (caller: Caller, childId: string, input: z.infer<I>) => Promise<O>;
}

/** `GET` (newest first, as `{items}`) and `POST` (201 with the new record) of one kind of record. */
function listAndCreate<I extends z.ZodType, O>(router: ApiRouter, c: Collection<I, O>): ApiRouter {
  return router
    .route(
      {
        method: 'get',
        path: `/:id/${c.path}`,
        tag: 'case',
        summary: `The child's ${c.what}, newest first`,
        responses: { 200: { description: c.what, schema: z.object({ items: z.array(c.item) }) } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await c.list(callerOf(currentUser(req), req), id));
      },
    )
    .route(
      {
        method: 'post',
        path: `/:id/${c.path}`,
        tag: 'case',
        summary: `Record ${c.what}`,
        body: c.input,
        responses: { 201: { description: 'The new record', schema: c.item } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(c.input, req.body);
        res.status(201).json(await c.create(callerOf(currentUser(req), req), id, body));
      },
    );
}

/** Client plan versions, the child's views, and safety statements and scores. */
export function recordRoutes(registry: OpenApiRegistry, { plans, views, safety }: RecordServices): ApiRouter {
  const router = new ApiRouter(registry, '/api/v1/children');
  listAndCreate(router, {
    path: 'plans',
    what: 'client plan versions (a POST is a new version; LSL 30 §)',
    input: clientPlanInputSchema,
    item: clientPlanSchema,
    list: (caller, id) => plans.list(caller, id),
    create: (caller, id, body) => plans.create(caller, id, body),
  });
  listAndCreate(router, {
    path: 'child-views',
    what: "the child's views in the child's words (LSL 20 §)",
    input: childViewInputSchema,
    item: childViewSchema,
    list: (caller, id) => views.list(caller, id),
    create: (caller, id, body) => views.create(caller, id, body),
  });
  listAndCreate(router, {
    path: 'safety-statements',
    what: 'safety statements (danger, safety goals, worries, what works)',
    input: safetyStatementInputSchema,
    item: safetyStatementSchema,
    list: (caller, id) => safety.statements(caller, id),
    create: (caller, id, body) => safety.addStatement(caller, id, body),
  });
  return listAndCreate(router, {
    path: 'safety-scores',
    what: 'safety scale scores 0-10 per participant',
    input: safetyScoreInputSchema,
    item: safetyScoreSchema,
    list: (caller, id) => safety.scores(caller, id),
    create: (caller, id, body) => safety.addScore(caller, id, body),
  });
}
