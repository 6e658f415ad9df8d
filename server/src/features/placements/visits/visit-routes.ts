import {
  idParamsSchema,
  LANGUAGES,
  visitCalendarQuerySchema,
  visitCalendarSchema,
  visitDraftSaveSchema,
  visitDueListSchema,
  visitDueQuerySchema,
  visitNotificationsSaveSchema,
  visitPlanInputSchema,
  visitSchema,
  visitSubmitSchema,
} from '@keha/shared';
import type { Request } from 'express';
import { z } from 'zod';
import { callerOf } from '../../../platform/access/caller.js';
import { currentUser } from '../../../platform/auth/current-user.js';
import { ApiRouter } from '../../../platform/http/api-router.js';
import { parseInput } from '../../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../../platform/openapi/registry.js';
import type { VisitDraftService } from './draft-service.js';
import type { VisitDueService } from './due-service.js';
import type { VisitReportService } from './report-service.js';
import type { VisitService } from './visit-service.js';

const TAG = 'placements';
const caller = (req: Request) => callerOf(currentUser(req), req);
const id = (req: Request) => parseInput(idParamsSchema, req.params).id;
const reportQuerySchema = z.strictObject({ lang: z.enum(LANGUAGES).default('fi') });
const STALE =
  '409 stale_revision (error.current is the visit now); a retried clientMutationId gets the first answer';

/** `/api/v1/visits`: the planner, the calendar, and the visit minutes from plan to submission. */
export function visitRoutes(
  registry: OpenApiRegistry,
  services: {
    visits: VisitService;
    drafts: VisitDraftService;
    due: VisitDueService;
    reports: VisitReportService;
  },
): ApiRouter {
  const { visits, drafts, due, reports } = services;
  return new ApiRouter(registry, '/api/v1/visits')
    .route(
      {
        method: 'get',
        path: '/',
        tag: TAG,
        summary: "Visits by planned date: the inspector's calendar (?inspectorId=me&from=&to=), or a child's",
        query: visitCalendarQuerySchema,
        responses: { 200: { description: 'Visits', schema: visitCalendarSchema } },
      },
      async (req, res) => {
        res.json(await visits.calendar(caller(req), parseInput(visitCalendarQuerySchema, req.query)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/',
        tag: TAG,
        summary:
          'Plans a visit to placements in one unit (announced or not); idempotent with clientMutationId',
        body: visitPlanInputSchema,
        responses: { 201: { description: 'The planned visit (revision 1)', schema: visitSchema } },
      },
      async (req, res) => {
        res.status(201).json(await visits.plan(caller(req), parseInput(visitPlanInputSchema, req.body)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/due',
        tag: TAG,
        summary:
          'The planner: when the next visit is due per placement (?childId=, ?inspectorId=me, ?status=overdue,due_soon)',
        query: visitDueQuerySchema,
        responses: { 200: { description: 'Overdue first, then by due date', schema: visitDueListSchema } },
      },
      async (req, res) => {
        res.json(await due.list(caller(req), parseInput(visitDueQuerySchema, req.query)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id',
        tag: TAG,
        summary: 'One visit with its minutes so far',
        responses: { 200: { description: 'The visit', schema: visitSchema } },
      },
      async (req, res) => {
        res.json(await visits.get(caller(req), id(req)));
      },
    )
    .route(
      {
        method: 'put',
        path: '/:id/draft',
        tag: TAG,
        summary: `Saves the minutes as a draft (the visit's inspector). ${STALE}`,
        body: visitDraftSaveSchema,
        responses: { 200: { description: 'The visit, next revision', schema: visitSchema } },
      },
      async (req, res) => {
        res.json(await drafts.saveDraft(caller(req), id(req), parseInput(visitDraftSaveSchema, req.body)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/submit',
        tag: TAG,
        summary: `Submits the minutes: 400 with field paths if incomplete, nothing saved. ${STALE}`,
        body: visitSubmitSchema,
        responses: { 200: { description: 'The submitted visit', schema: visitSchema } },
      },
      async (req, res) => {
        res.json(await drafts.submit(caller(req), id(req), parseInput(visitSubmitSchema, req.body)));
      },
    )
    .route(
      {
        method: 'put',
        path: '/:id/notifications',
        tag: TAG,
        summary: `LSL 79 § notifications sent after submission. ${STALE}`,
        body: visitNotificationsSaveSchema,
        responses: { 200: { description: 'The visit, next revision', schema: visitSchema } },
      },
      async (req, res) => {
        const body = parseInput(visitNotificationsSaveSchema, req.body);
        res.json(await drafts.saveNotifications(caller(req), id(req), body));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/report',
        tag: TAG,
        summary: 'The visit minutes (PHL 22 §) as a PDF in fi, sv or en',
        query: reportQuerySchema,
        responses: { 200: { description: 'application/pdf' } },
      },
      async (req, res) => {
        const visitId = id(req);
        const { lang } = parseInput(reportQuerySchema, req.query);
        const pdf = await reports.pdf(caller(req), visitId, lang);
        res.set('Cache-Control', 'no-store');
        res.type('application/pdf').attachment(`visit-${visitId}-${lang}.pdf`).send(pdf);
      },
    );
}
