import { idParamsSchema, LANGUAGES } from '@keha/shared';
import { z } from 'zod';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { TherapyExportService } from './export-service.js';

export const therapyExportQuerySchema = z.strictObject({
  kind: z.enum(['plan', 'progress']).default('plan'),
  lang: z.enum(LANGUAGES).default('fi'),
});

/** `GET /api/v1/therapy-plans/{id}/export?kind=plan|progress&lang=fi|sv|en` (application/pdf). */
export function exportRoutes(registry: OpenApiRegistry, exports: TherapyExportService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/therapy-plans').route(
    {
      method: 'get',
      path: '/:id/export',
      tag: 'therapy',
      summary: 'The plan or the progress report as a PDF with the SCORE-15 charts and their data tables',
      query: therapyExportQuerySchema,
      responses: { 200: { description: 'application/pdf' } },
    },
    async (req, res) => {
      const { id } = parseInput(idParamsSchema, req.params);
      const { kind, lang } = parseInput(therapyExportQuerySchema, req.query);
      const pdf = await exports.pdf(callerOf(currentUser(req), req), id, kind, lang);
      res.set('Cache-Control', 'no-store');
      res.type('application/pdf').attachment(`therapy-${kind}-${id}.pdf`).send(pdf);
    },
  );
}
