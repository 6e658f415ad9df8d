import {
  idParamsSchema,
  objectIdSchema,
  situationalPictureSchema,
  taskInputSchema,
  taskSchema,
  taskUpdateSchema,
  timelineQuerySchema,
  timelineResponseSchema,
} from '@keha/shared';
import { z } from 'zod';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { PictureService } from './picture-service.js';
import type { TaskService } from './task-service.js';
import type { TimelineService } from './timeline-service.js';

const tag = 'case';

/** The situational picture, the timeline and the child's tasks. */
export function pictureRoutes(
  registry: OpenApiRegistry,
  services: { picture: PictureService; timeline: TimelineService; tasks: TaskService },
): ApiRouter {
  return new ApiRouter(registry, '/api/v1/children')
    .route(
      {
        method: 'get',
        path: '/:id/picture',
        tag,
        summary: 'The situational picture of one child (domain.md §6): deadlines, plan, safety, view, tasks',
        responses: { 200: { description: 'The picture', schema: situationalPictureSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await services.picture.picture(callerOf(currentUser(req), req), id));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/timeline',
        tag,
        summary:
          'Everything that happened in the case, newest first, in cursor pages (?kinds=&before=&limit=)',
        query: timelineQuerySchema,
        responses: { 200: { description: 'A page of the timeline', schema: timelineResponseSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const query = parseInput(timelineQuerySchema, req.query);
        res.json(await services.timeline.page(callerOf(currentUser(req), req), id, query));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/tasks',
        tag,
        summary: "The child's tasks by due date",
        responses: { 200: { description: 'The tasks', schema: z.object({ items: z.array(taskSchema) }) } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await services.tasks.list(callerOf(currentUser(req), req), id));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/tasks',
        tag,
        summary: "Add a task; the owner must be an active member of the child's team",
        body: taskInputSchema,
        responses: { 201: { description: 'The task', schema: taskSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(taskInputSchema, req.body);
        res.status(201).json(await services.tasks.create(callerOf(currentUser(req), req), id, body));
      },
    );
}

const taskParamsSchema = z.strictObject({ taskId: objectIdSchema });

/** `PATCH /tasks/{taskId}`: status, due date or owner. */
export function taskRoutes(registry: OpenApiRegistry, tasks: TaskService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/tasks').route(
    {
      method: 'patch',
      path: '/:taskId',
      tag,
      summary: "Change a task's status, due date or owner (access is decided on the task's child)",
      body: taskUpdateSchema,
      responses: { 200: { description: 'The task', schema: taskSchema } },
    },
    async (req, res) => {
      const { taskId } = parseInput(taskParamsSchema, req.params);
      const body = parseInput(taskUpdateSchema, req.body);
      res.json(await tasks.update(callerOf(currentUser(req), req), taskId, body));
    },
  );
}
