import { z } from 'zod';
import {
  adminTeamSchema,
  adminUserSchema,
  createTeamSchema,
  createUserSchema,
  idParamsSchema,
  updateTeamSchema,
  updateUserSchema,
} from '@keha/shared';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { AdminTeamService } from './team-service.js';
import type { AdminUserService } from './user-service.js';

const tag = 'administration';
const caller = (req: Parameters<typeof currentUser>[0]) => callerOf(currentUser(req), req);

export function adminRoutes(
  registry: OpenApiRegistry,
  users: AdminUserService,
  teams: AdminTeamService,
): ApiRouter {
  const userBody = { description: 'The user', schema: adminUserSchema };
  const teamBody = { description: 'The team', schema: adminTeamSchema };
  return new ApiRouter(registry, '/api/v1/admin')
    .route(
      {
        method: 'get',
        path: '/users',
        tag,
        summary: 'All users (administrators only)',
        responses: { 200: { description: 'Users', schema: z.object({ items: z.array(adminUserSchema) }) } },
      },
      async (req, res) => void res.json({ items: await users.list(caller(req)) }),
    )
    .route(
      {
        method: 'post',
        path: '/users',
        tag,
        summary: 'Create a user with an initial password (min 12 characters)',
        body: createUserSchema,
        responses: { 201: userBody },
      },
      async (req, res) => {
        const body = parseInput(createUserSchema, req.body);
        res.status(201).json(await users.create(caller(req), body));
      },
    )
    .route(
      {
        method: 'patch',
        path: '/users/:id',
        tag,
        summary: 'Change roles, teams, display name or active',
        body: updateUserSchema,
        responses: { 200: userBody },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(updateUserSchema, req.body);
        res.json(await users.update(caller(req), id, body));
      },
    )
    .route(
      {
        method: 'post',
        path: '/users/:id/unlock',
        tag,
        summary: 'Lift a sign-in lockout',
        responses: { 204: { description: 'Unlocked' } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        await users.unlock(caller(req), id);
        res.status(204).end();
      },
    )
    .route(
      {
        method: 'post',
        path: '/users/:id/mfa-reset',
        tag,
        summary: 'Turn MFA off for re-enrolment and end all sessions',
        responses: { 204: { description: 'Reset' } },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        await users.resetMfa(caller(req), id);
        res.status(204).end();
      },
    )
    .route(
      {
        method: 'get',
        path: '/teams',
        tag,
        summary: 'All teams',
        responses: { 200: { description: 'Teams', schema: z.object({ items: z.array(adminTeamSchema) }) } },
      },
      async (req, res) => void res.json({ items: await teams.list(caller(req)) }),
    )
    .route(
      {
        method: 'post',
        path: '/teams',
        tag,
        summary: 'Create a team',
        body: createTeamSchema,
        responses: { 201: teamBody },
      },
      async (req, res) => {
        const body = parseInput(createTeamSchema, req.body);
        res.status(201).json(await teams.create(caller(req), body));
      },
    )
    .route(
      {
        method: 'patch',
        path: '/teams/:id',
        tag,
        summary: 'Rename a team',
        body: updateTeamSchema,
        responses: { 200: teamBody },
      },
      async (req, res) => {
        const { id } = parseInput(idParamsSchema, req.params);
        const body = parseInput(updateTeamSchema, req.body);
        res.json(await teams.update(caller(req), id, body));
      },
    );
}
