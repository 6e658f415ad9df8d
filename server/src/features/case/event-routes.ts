import {
  caseEventCorrectionSchema,
  caseEventInputSchema,
  caseEventListResponseSchema,
  caseEventSchema,
  deadlineSchema,
  decisionMakersQuerySchema,
  decisionMakersResponseSchema,
  idParamsSchema,
  objectIdSchema,
} from '@keha/shared';
import { z } from 'zod';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { DeadlineService } from './deadline-service.js';
import type { CaseEventService } from './event-service.js';

const eventParamsSchema = z.strictObject({ id: objectIdSchema, eventId: objectIdSchema });
const tag = 'case';

/** Case lifecycle events, their corrections and versions, and the statutory deadlines they start. */
export function eventRoutes(
  registry: OpenApiRegistry,
  events: CaseEventService,
  deadlines: DeadlineService,
): ApiRouter {
  return new ApiRouter(registry, '/api/v1/children')
    .route(
      {
        method: 'get',
        path: '/:id/decision-makers',
        tag,
        summary:
          'Who may approve a care order or an emergency-placement extension for this child (separation of duties, LSL 13 §)',
        query: decisionMakersQuerySchema,
        responses: { 200: { description: 'Eligible supervisors', schema: decisionMakersResponseSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const { type } = parseInput(decisionMakersQuerySchema, req.query);
        res.json(await events.decisionMakers(callerOf(currentUser(req), req), id, type));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/events',
        tag,
        summary: "The child's case events (current versions), newest first",
        responses: { 200: { description: 'The events', schema: caseEventListResponseSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await events.list(callerOf(currentUser(req), req), id));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/events',
        tag,
        summary: 'Record a case event (dates checked against the lifecycle, the birth date and today)',
        body: caseEventInputSchema,
        responses: { 201: { description: 'The recorded event (version 1)', schema: caseEventSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(caseEventInputSchema, req.body);
        res.status(201).json(await events.create(callerOf(currentUser(req), req), id, body));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/events/:eventId/corrections',
        tag,
        summary: 'Correct an event: a new version with the reason; the earlier version is kept',
        body: caseEventCorrectionSchema,
        responses: { 201: { description: 'The new version', schema: caseEventSchema } },
      },
      async (req, res) => {
        const { id, eventId } = parseInput(eventParamsSchema, req.params);
        const body = parseInput(caseEventCorrectionSchema, req.body);
        res.status(201).json(await events.correct(callerOf(currentUser(req), req), id, eventId, body));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/events/:eventId/versions',
        tag,
        summary: 'Every version of an event, newest first',
        responses: { 200: { description: 'The versions', schema: caseEventListResponseSchema } },
      },
      async (req, res) => {
        const { id, eventId } = parseInput(eventParamsSchema, req.params);
        res.json(await events.versions(callerOf(currentUser(req), req), id, eventId));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/deadlines',
        tag,
        summary: "The statutory deadlines of the child's case (met and open), by due date",
        responses: {
          200: { description: 'The deadlines', schema: z.object({ items: z.array(deadlineSchema) }) },
        },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await deadlines.list(callerOf(currentUser(req), req), id));
      },
    );
}
