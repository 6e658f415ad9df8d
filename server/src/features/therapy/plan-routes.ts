import {
  idParamsSchema,
  objectIdSchema,
  therapyCommentInputSchema,
  therapyCommentSchema,
  therapyPlanCreateSchema,
  therapyPlanListQuerySchema,
  therapyPlanListSchema,
  therapyPlanSchema,
  therapyPlanTransitionSchema,
  therapyPlanUpdateSchema,
  therapyReminderListSchema,
} from '@keha/shared';
import type { Request } from 'express';
import { z } from 'zod';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { TherapyCommentService } from './comment-service.js';
import type { TherapyPlanService } from './plan-service.js';
import type { TherapyReminderService } from './reminder-service.js';

const TAG = 'therapy';
const caller = (req: Request) => callerOf(currentUser(req), req);
const id = (req: Request) => parseInput(idParamsSchema, req.params).id;
const reminderQuerySchema = z.strictObject({ childId: objectIdSchema });

/** `/api/v1/therapy-plans`: plans, their versions, status changes and the team's comments. */
export function planRoutes(
  registry: OpenApiRegistry,
  services: { plans: TherapyPlanService; comments: TherapyCommentService; reminders: TherapyReminderService },
): ApiRouter {
  const { plans, comments, reminders } = services;
  return new ApiRouter(registry, '/api/v1/therapy-plans')
    .route(
      {
        method: 'get',
        path: '/',
        tag: TAG,
        summary: "A family's or a child's current therapy plans (?familyId= or ?childId=), newest first",
        query: therapyPlanListQuerySchema,
        responses: { 200: { description: 'Plans', schema: therapyPlanListSchema } },
      },
      async (req, res) => {
        res.json(await plans.list(caller(req), parseInput(therapyPlanListQuerySchema, req.query)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/',
        tag: TAG,
        summary: "A new therapy plan for the family's children, as a draft (the family therapist)",
        body: therapyPlanCreateSchema,
        responses: { 201: { description: 'Version 1 of the plan', schema: therapyPlanSchema } },
      },
      async (req, res) => {
        res.status(201).json(await plans.create(caller(req), parseInput(therapyPlanCreateSchema, req.body)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/reminders',
        tag: TAG,
        summary:
          "Review dates and SCORE-15 points of the child's plans in work (?childId=), met ones included",
        query: reminderQuerySchema,
        responses: { 200: { description: 'Reminders by due date', schema: therapyReminderListSchema } },
      },
      async (req, res) => {
        res.json(await reminders.forChild(caller(req), parseInput(reminderQuerySchema, req.query).childId));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id',
        tag: TAG,
        summary: 'The current version of a therapy plan',
        responses: { 200: { description: 'The plan', schema: therapyPlanSchema } },
      },
      async (req, res) => {
        res.json(await plans.get(caller(req), id(req)));
      },
    )
    .route(
      {
        method: 'put',
        path: '/:id',
        tag: TAG,
        summary:
          'The next version of the plan (baseVersion must be the current one; a closed plan is read-only)',
        body: therapyPlanUpdateSchema,
        responses: { 200: { description: 'The new version', schema: therapyPlanSchema } },
      },
      async (req, res) => {
        res.json(await plans.update(caller(req), id(req), parseInput(therapyPlanUpdateSchema, req.body)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/status',
        tag: TAG,
        summary: 'draft -> active -> under_review -> closed (or under_review -> active), as a new version',
        body: therapyPlanTransitionSchema,
        responses: { 200: { description: 'The new version', schema: therapyPlanSchema } },
      },
      async (req, res) => {
        res.json(
          await plans.transition(caller(req), id(req), parseInput(therapyPlanTransitionSchema, req.body)),
        );
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/versions',
        tag: TAG,
        summary: 'Every version of the plan, newest first',
        responses: { 200: { description: 'Versions', schema: therapyPlanListSchema } },
      },
      async (req, res) => {
        res.json(await plans.versions(caller(req), id(req)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/comments',
        tag: TAG,
        summary: "The team's comments on the plan, oldest first",
        responses: {
          200: { description: 'Comments', schema: z.object({ items: z.array(therapyCommentSchema) }) },
        },
      },
      async (req, res) => {
        res.json(await comments.list(caller(req), id(req)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/comments',
        tag: TAG,
        summary: 'A team member comments on the plan',
        body: therapyCommentInputSchema,
        responses: { 201: { description: 'The comment', schema: therapyCommentSchema } },
      },
      async (req, res) => {
        const body = parseInput(therapyCommentInputSchema, req.body);
        res.status(201).json(await comments.add(caller(req), id(req), body));
      },
    );
}
