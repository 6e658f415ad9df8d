import {
  checklistTemplateCreateSchema,
  checklistTemplateListSchema,
  checklistTemplateSchema,
  checklistTemplateUpdateSchema,
  idParamsSchema,
} from '@keha/shared';
import type { Request } from 'express';
import { z } from 'zod';
import { callerOf } from '../../../platform/access/caller.js';
import { currentUser } from '../../../platform/auth/current-user.js';
import { ApiRouter } from '../../../platform/http/api-router.js';
import { parseInput } from '../../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../../platform/openapi/registry.js';
import type { ChecklistTemplateService } from './template-service.js';

const TAG = 'placements';
const caller = (req: Request) => callerOf(currentUser(req), req);
const keyParams = z.strictObject({ key: z.string().regex(/^[a-z0-9-]{1,40}$/) });

/** `/api/v1/checklist-templates`: the versioned visit checklists (administrators edit). */
export function templateRoutes(registry: OpenApiRegistry, templates: ChecklistTemplateService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/checklist-templates')
    .route(
      {
        method: 'get',
        path: '/',
        tag: TAG,
        summary: 'The current version of every checklist template',
        responses: { 200: { description: 'Templates', schema: checklistTemplateListSchema } },
      },
      async (req, res) => {
        res.json(await templates.listCurrent(caller(req)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/',
        tag: TAG,
        summary: 'A new checklist template, version 1 (administrators)',
        body: checklistTemplateCreateSchema,
        responses: { 201: { description: 'Version 1', schema: checklistTemplateSchema } },
      },
      async (req, res) => {
        const body = parseInput(checklistTemplateCreateSchema, req.body);
        res.status(201).json(await templates.create(caller(req), body.key, body.template));
      },
    )
    .route(
      {
        method: 'get',
        path: '/versions/:key',
        tag: TAG,
        summary: 'Every version of a template, newest first',
        responses: { 200: { description: 'Versions', schema: checklistTemplateListSchema } },
      },
      async (req, res) => {
        res.json(await templates.versions(caller(req), parseInput(keyParams, req.params).key));
      },
    )
    .route(
      {
        method: 'put',
        path: '/versions/:key',
        tag: TAG,
        summary: 'The next version of a template (administrators; 409 stale_revision if baseVersion is old)',
        body: checklistTemplateUpdateSchema,
        responses: { 200: { description: 'The new version', schema: checklistTemplateSchema } },
      },
      async (req, res) => {
        const { key } = parseInput(keyParams, req.params);
        const body = parseInput(checklistTemplateUpdateSchema, req.body);
        res.json(await templates.update(caller(req), key, body.baseVersion, body.template));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id',
        tag: TAG,
        summary: 'One template version by id (what a visit uses)',
        responses: { 200: { description: 'The version', schema: checklistTemplateSchema } },
      },
      async (req, res) => {
        res.json(await templates.get(caller(req), parseInput(idParamsSchema, req.params).id));
      },
    );
}
