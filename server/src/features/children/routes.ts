import {
  accessGrantSchema,
  accessLogQuerySchema,
  accessLogResponseSchema,
  accessRequestSchema,
  childListQuerySchema,
  childListResponseSchema,
  childResponseSchema,
  idParamsSchema,
} from '@keha/shared';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import { accessLogCsv } from '../access/access-log-csv.js';
import { accessLogPdf } from '../access/access-log-pdf.js';
import type { AccessLogService } from '../access/access-log-service.js';
import type { AccessGrantService } from '../access/grant-service.js';
import type { ChildrenService } from './service.js';

export interface ChildrenRouteServices {
  children: ChildrenService;
  grants: AccessGrantService;
  accessLog: AccessLogService;
}

export function childrenRoutes(
  registry: OpenApiRegistry,
  { children, grants, accessLog }: ChildrenRouteServices,
): ApiRouter {
  return new ApiRouter(registry, '/api/v1/children')
    .route(
      {
        method: 'get',
        path: '/',
        tag: 'children',
        summary:
          'The children the caller may see, paged (supervisors get summary rows without identity codes)',
        query: childListQuerySchema,
        responses: { 200: { description: 'A page of children', schema: childListResponseSchema } },
      },
      async (req, res) => {
        const query = parseInput(childListQuerySchema, req.query);
        res.json(await children.list(callerOf(currentUser(req), req), query));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id',
        tag: 'children',
        summary: 'Open a child record (need-to-know; 403 break_glass_required when a reason would allow it)',
        responses: { 200: { description: 'The child', schema: childResponseSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await children.get(callerOf(currentUser(req), req), id));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/access',
        tag: 'children',
        summary:
          'Break-the-glass or supervisor access with a reason: a read-only grant for 8 hours, flagged for review',
        body: accessRequestSchema,
        responses: { 201: { description: 'The grant', schema: accessGrantSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(accessRequestSchema, req.body);
        res.status(201).json(await grants.request(callerOf(currentUser(req), req), id, body));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/access-log',
        tag: 'children',
        summary:
          "The child's access log (ATL 11 §) as JSON or ?format=csv (UTF-8 BOM, ';', header in ?lang=fi|sv|en)",
        query: accessLogQuerySchema,
        responses: { 200: { description: 'The log entries', schema: accessLogResponseSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const query = parseInput(accessLogQuerySchema, req.query);
        const report = await accessLog.report(callerOf(currentUser(req), req), id, query);
        res.set('Cache-Control', 'no-store');
        if (query.format === 'csv') {
          res
            .type('text/csv; charset=utf-8')
            .attachment(`access-log-${id}.csv`)
            .send(accessLogCsv(report.entries, query.lang));
          return;
        }
        if (query.format === 'pdf') {
          const pdf = await accessLogPdf({ ...report, language: query.lang, printedAt: new Date() });
          res.type('application/pdf').attachment(`access-log-${id}.pdf`).send(pdf);
          return;
        }
        res.json(report);
      },
    );
}
