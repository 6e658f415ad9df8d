import {
  idParamsSchema,
  score15MeasurementInputSchema,
  score15MeasurementListSchema,
  score15MeasurementSchema,
  score15SeriesQuerySchema,
  score15SeriesSchema,
  therapyReminderListSchema,
  therapySessionInputSchema,
  therapySessionListSchema,
  therapySessionSchema,
} from '@keha/shared';
import type { Request } from 'express';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { Score15Service } from './measurement-service.js';
import type { TherapyReminderService } from './reminder-service.js';
import type { TherapySessionService } from './session-service.js';

const TAG = 'therapy';
const caller = (req: Request) => callerOf(currentUser(req), req);
const id = (req: Request) => parseInput(idParamsSchema, req.params).id;

/** `/api/v1/therapy-plans/{id}/sessions` and `/measurements`. */
export function recordRoutes(
  registry: OpenApiRegistry,
  services: { sessions: TherapySessionService; measurements: Score15Service },
): ApiRouter {
  const { sessions, measurements } = services;
  return new ApiRouter(registry, '/api/v1/therapy-plans')
    .route(
      {
        method: 'get',
        path: '/:id/sessions',
        tag: TAG,
        summary: 'The session log of a plan by date, numbered from the first session',
        responses: { 200: { description: 'Sessions', schema: therapySessionListSchema } },
      },
      async (req, res) => {
        res.json(await sessions.list(caller(req), id(req)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/sessions',
        tag: TAG,
        summary: 'Log a session (the family therapist); next steps with a task become tasks on a child',
        body: therapySessionInputSchema,
        responses: { 201: { description: 'The session', schema: therapySessionSchema } },
      },
      async (req, res) => {
        const body = parseInput(therapySessionInputSchema, req.body);
        res.status(201).json(await sessions.create(caller(req), id(req), body));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/measurements',
        tag: TAG,
        summary: 'SCORE-15 measurements of a plan with their stored scores, by date',
        responses: { 200: { description: 'Measurements', schema: score15MeasurementListSchema } },
      },
      async (req, res) => {
        res.json(await measurements.list(caller(req), id(req)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/measurements/series',
        tag: TAG,
        summary: 'SCORE-15 scores and ratings over time, one line per respondent (?personId= for one)',
        query: score15SeriesQuerySchema,
        responses: { 200: { description: 'Series for charts', schema: score15SeriesSchema } },
      },
      async (req, res) => {
        const { personId } = parseInput(score15SeriesQuerySchema, req.query);
        res.json(await measurements.series(caller(req), id(req), personId));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/measurements',
        tag: TAG,
        summary:
          'Record a SCORE-15 administration (respondent 12+, dated within the plan); scored on the server',
        body: score15MeasurementInputSchema,
        responses: {
          201: { description: 'The measurement with its scores', schema: score15MeasurementSchema },
        },
      },
      async (req, res) => {
        const body = parseInput(score15MeasurementInputSchema, req.body);
        res.status(201).json(await measurements.create(caller(req), id(req), body));
      },
    );
}

/** `GET /api/v1/me/therapy-reminders`: the therapist's work list. */
export function myReminderRoutes(registry: OpenApiRegistry, reminders: TherapyReminderService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/me').route(
    {
      method: 'get',
      path: '/therapy-reminders',
      tag: TAG,
      summary: "Open review dates and SCORE-15 points of the caller's therapy plans, overdue first",
      responses: { 200: { description: 'Reminders', schema: therapyReminderListSchema } },
    },
    async (req, res) => {
      res.json(await reminders.forMe(caller(req)));
    },
  );
}
