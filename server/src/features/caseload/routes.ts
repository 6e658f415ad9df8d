import { z } from 'zod';
import { calendarDateSchema, caseloadResponseSchema } from '@keha/shared';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import { helsinkiToday } from '../case/dates.js';
import type { CaseloadService } from './service.js';

const caseloadQuerySchema = z.strictObject({ date: calendarDateSchema.optional() });

export function caseloadRoutes(registry: OpenApiRegistry, caseloads: CaseloadService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/caseload').route(
    {
      method: 'get',
      path: '/',
      tag: 'caseload',
      summary:
        'Children aged 0-17 per named social worker against the cap on the date (LSL 13 b §; default today)',
      query: caseloadQuerySchema,
      responses: { 200: { description: 'Caseloads', schema: caseloadResponseSchema } },
    },
    async (req, res) => {
      const { date } = parseInput(caseloadQuerySchema, req.query);
      res.json(await caseloads.report(callerOf(currentUser(req), req), date ?? helsinkiToday()));
    },
  );
}
