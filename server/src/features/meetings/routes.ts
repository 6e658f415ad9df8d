import {
  addendumInputSchema,
  agendaUpdateSchema,
  hypothesisHistorySchema,
  idParamsSchema,
  meetingCreateSchema,
  meetingListQuerySchema,
  meetingListResponseSchema,
  meetingSchema,
  meetingTeamsResponseSchema,
  minutesExportQuerySchema,
  minutesSchema,
  minutesVersionListSchema,
  urgentEntrySchema,
} from '@keha/shared';
import { z } from 'zod';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { MeetingServices } from './install.js';

const tag = 'meetings';
const versionParams = z.strictObject({
  id: idParamsSchema.shape.id,
  version: z.coerce.number().int().min(1),
});

/** `/api/v1/meetings`: the weekly team meetings (the live notes are on socket.io: docs/REALTIME.md). */
export function meetingRoutes(registry: OpenApiRegistry, s: MeetingServices): ApiRouter {
  const caller = (req: Parameters<Parameters<ApiRouter['route']>[1]>[0]) => callerOf(currentUser(req), req);
  return new ApiRouter(registry, '/api/v1/meetings')
    .route(
      {
        method: 'get',
        path: '/',
        tag,
        summary: "A team's meetings, newest first (members of the team)",
        query: meetingListQuerySchema,
        responses: { 200: { description: 'The meetings', schema: meetingListResponseSchema } },
      },
      async (req, res) => {
        res.json(await s.meetings.list(caller(req), parseInput(meetingListQuerySchema, req.query)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/',
        tag,
        summary:
          'Create a meeting; without an agenda it gets the standard one (urgent round pulled from the case records)',
        body: meetingCreateSchema,
        responses: { 201: { description: 'The meeting', schema: meetingSchema } },
      },
      async (req, res) => {
        res.status(201).json(await s.meetings.create(caller(req), parseInput(meetingCreateSchema, req.body)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/teams',
        tag,
        summary: "The caller's teams with their active members (for a new meeting's attendees and agenda)",
        responses: { 200: { description: 'The teams', schema: meetingTeamsResponseSchema } },
      },
      async (req, res) => {
        res.json(await s.meetings.teams(caller(req)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id',
        tag,
        summary: 'One meeting with its attendees and agenda',
        responses: { 200: { description: 'The meeting', schema: meetingSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await s.meetings.get(caller(req), id));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/urgent-round',
        tag,
        summary:
          'The urgent round as the case records stand now: notifications of the last 7 days, deadlines due this week or overdue',
        responses: {
          200: { description: 'The entries', schema: z.object({ items: z.array(urgentEntrySchema) }) },
        },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const { meeting } = await s.access.open(caller(req), id, 'child.read', 'meeting.agenda');
        res.json({ items: await s.agendas.urgentRound(meeting.teamId, meeting.date) });
      },
    )
    .route(
      {
        method: 'put',
        path: '/:id/agenda',
        tag,
        summary: 'Replace the agenda (and attendees) of a draft meeting; the urgent round is pulled afresh',
        body: agendaUpdateSchema,
        responses: { 200: { description: 'The meeting', schema: meetingSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await s.meetings.updateAgenda(caller(req), id, parseInput(agendaUpdateSchema, req.body)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/finalise',
        tag,
        summary:
          "Finalise (coordinator or team lead): the notes become read-only minutes, filed to each child's timeline; action points become tasks",
        responses: { 200: { description: 'Minutes version 1', schema: minutesSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await s.finalise.finalise(caller(req), id));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/minutes',
        tag,
        summary: 'The current version of the minutes',
        responses: { 200: { description: 'The minutes', schema: minutesSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json(await s.finalise.minutes(caller(req), id));
      },
    )
    .route(
      {
        method: 'post',
        path: '/:id/addenda',
        tag,
        summary: 'Add an addendum to finalised minutes (with author and time): the next version',
        body: addendumInputSchema,
        responses: { 201: { description: 'The new version', schema: minutesSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res
          .status(201)
          .json(await s.finalise.addendum(caller(req), id, parseInput(addendumInputSchema, req.body)));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/versions',
        tag,
        summary: 'Every version of the minutes',
        responses: { 200: { description: 'The versions', schema: minutesVersionListSchema } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        res.json({ items: await s.finalise.versions(caller(req), id) });
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/versions/:version',
        tag,
        summary: 'One version of the minutes',
        responses: { 200: { description: 'The minutes', schema: minutesSchema } },
      },
      async (req, res) => {
        const { id, version } = parseInput(versionParams, req.params);
        res.json(await s.finalise.minutes(caller(req), id, version));
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/minutes.pdf',
        tag,
        summary: 'The minutes as a PDF (?lang=fi|sv|en, ?childId= for one child’s extract, ?version=)',
        query: minutesExportQuerySchema,
        responses: { 200: { description: 'application/pdf' } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const query = parseInput(minutesExportQuerySchema, req.query);
        const pdf = await s.exports.pdf(caller(req), id, query);
        res.set('Cache-Control', 'no-store');
        res
          .type('application/pdf')
          .attachment(`minutes-${id}${query.childId ? `-${query.childId}` : ''}.pdf`)
          .send(pdf);
      },
    );
}

/** `GET /api/v1/children/{id}/hypotheses`: the team's hypotheses about a child, meeting by meeting. */
export function childHypothesisRoutes(registry: OpenApiRegistry, s: MeetingServices): ApiRouter {
  return new ApiRouter(registry, '/api/v1/children').route(
    {
      method: 'get',
      path: '/:id/hypotheses',
      tag,
      summary: 'Hypotheses about the child in finalised meetings, newest first',
      responses: { 200: { description: 'The history', schema: hypothesisHistorySchema } },
    },
    async (req, res) => {
      const { id } = parseInput(idParamsSchema, req.params);
      res.json(await s.exports.hypotheses(callerOf(currentUser(req), req), id));
    },
  );
}
