import {
  caseloadDashboardSchema,
  dashboardExportQuerySchema,
  dashboardQuerySchema,
  deadlineDashboardSchema,
  drillDownQuerySchema,
  drillDownSchema,
  meetingDashboardSchema,
  visitDashboardSchema,
  DASHBOARD_VIEWS,
  type DashboardView,
} from '@keha/shared';
import type { z } from 'zod';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { DashboardService } from './service.js';

const SCHEMAS: Record<DashboardView, { schema: z.ZodType; summary: string }> = {
  caseload: {
    schema: caseloadDashboardSchema,
    summary:
      'Children aged 0-17 per worker and team against the cap, monthly trend, THL snapshots (LSL 13 b §)',
  },
  deadlines: {
    schema: deadlineDashboardSchema,
    summary:
      'Open statutory deadlines by rule, team and worker; assessments completed within 3 months per month',
  },
  visits: {
    schema: visitDashboardSchema,
    summary: 'Placed children without a visit, visits due this month, findings past deadline or not notified',
  },
  meetings: {
    schema: meetingDashboardSchema,
    summary: 'Families discussed per team and month; overdue action points',
  },
};

const refused = {
  400: { description: 'Invalid filters (field paths in details)' },
  403: { description: 'Not a supervisor, or a team or worker the supervisor does not oversee' },
};

/** `GET /api/v1/dashboard/...`: the supervisors' dashboards (issue 9); supervisors only. */
export function dashboardRoutes(registry: OpenApiRegistry, dashboards: DashboardService): ApiRouter {
  const router = new ApiRouter(registry, '/api/v1/dashboard');
  for (const view of DASHBOARD_VIEWS) {
    router.route(
      {
        method: 'get',
        path: `/${view}`,
        tag: 'dashboard',
        summary: `${SCHEMAS[view].summary} (counts only; ?teamId&workerId&from=YYYY-MM&to=YYYY-MM, at most 24 months)`,
        query: dashboardQuerySchema,
        responses: { 200: { description: 'The dashboard', schema: SCHEMAS[view].schema }, ...refused },
      },
      async (req, res) => {
        const query = parseInput(dashboardQuerySchema, req.query);
        res.json(await dashboards.view(callerOf(currentUser(req), req), view, query));
      },
    );
    router.route(
      {
        method: 'get',
        path: `/${view}/export`,
        tag: 'dashboard',
        summary: `The ${view} dashboard as CSV (;-separated, UTF-8 with BOM) or PDF, counts only`,
        query: dashboardExportQuerySchema,
        responses: { 200: { description: 'text/csv or application/pdf' }, ...refused },
      },
      async (req, res) => {
        const query = parseInput(dashboardExportQuerySchema, req.query);
        const file = await dashboards.export(callerOf(currentUser(req), req), view, query);
        res.set('Cache-Control', 'no-store');
        res.type(file.type).attachment(file.fileName).send(file.body);
      },
    );
  }
  return router.route(
    {
      method: 'get',
      path: '/children',
      tag: 'dashboard',
      summary: 'Drill-down: the children behind one dashboard number (names only; audited as a list)',
      query: drillDownQuerySchema,
      responses: { 200: { description: 'The children', schema: drillDownSchema }, ...refused },
    },
    async (req, res) => {
      const query = parseInput(drillDownQuerySchema, req.query);
      res.json(await dashboards.children(callerOf(currentUser(req), req), query));
    },
  );
}
