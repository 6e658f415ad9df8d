import { Types } from 'mongoose';
import { z } from 'zod';
import {
  authOptionsSchema,
  changePasswordRequestSchema,
  csrfTokenSchema,
  loginRequestSchema,
  sessionInfoSchema,
} from '@keha/shared';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { LockedError } from '../../platform/auth/login-throttle.js';
import type { SessionManager } from '../../platform/auth/session-manager.js';
import type { LoginService } from './login-service.js';
import type { PasswordService } from './password-service.js';
import { sessionInfo } from './session-info.js';

const emptyBody = z.strictObject({});

export function authRoutes(
  registry: OpenApiRegistry,
  deps: { sessions: SessionManager; login: LoginService; passwords: PasswordService; ssoEnabled: boolean },
): ApiRouter {
  const { sessions } = deps;
  return new ApiRouter(registry, '/api/v1/auth')
    .route(
      {
        method: 'get',
        path: '/options',
        tag: 'auth',
        summary: 'What the login page offers (single sign-on or not)',
        authenticated: false,
        responses: { 200: { description: 'Sign-in options', schema: authOptionsSchema } },
      },
      (_req, res) => {
        res.json(deps.ssoEnabled ? { sso: true, ssoLoginUrl: '/api/v1/auth/oidc/login' } : { sso: false });
      },
    )
    .route(
      {
        method: 'get',
        path: '/csrf',
        tag: 'auth',
        summary: 'The CSRF token to send as x-csrf-token (starts an anonymous session when there is none)',
        authenticated: false,
        responses: { 200: { description: 'The token of this session', schema: csrfTokenSchema } },
      },
      async (req, res) => {
        const session = await sessions.ensureSession(req, res);
        res.json({ token: session.csrfToken });
      },
    )
    .route(
      {
        method: 'post',
        path: '/login',
        tag: 'auth',
        summary: 'Sign in with username and password (and a TOTP or recovery code when MFA is on)',
        authenticated: false,
        body: loginRequestSchema,
        responses: {
          200: { description: 'Signed in; the session cookie is set (a new id)', schema: sessionInfoSchema },
          401: { description: '`unauthenticated` (wrong username or password) or `mfa_required`' },
          423: { description: '`account_locked`, with Retry-After' },
          429: { description: '`rate_limited` (too many failures from this address), with Retry-After' },
        },
      },
      async (req, res) => {
        const input = parseInput(loginRequestSchema, req.body);
        try {
          res.json(await deps.login.login(req, res, input));
        } catch (err) {
          if (err instanceof LockedError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
          throw err;
        }
      },
    )
    .route(
      {
        method: 'get',
        path: '/me',
        tag: 'auth',
        summary: 'The signed-in user and when the session expires (counts as activity)',
        responses: { 200: { description: 'The session', schema: sessionInfoSchema } },
      },
      (req, res) => {
        res.json(sessionInfo(sessions, req.sessionContext!.session!, currentUser(req)));
      },
    )
    .route(
      {
        method: 'post',
        path: '/logout',
        tag: 'auth',
        summary: 'Sign out of this session',
        body: emptyBody,
        responses: { 204: { description: 'Signed out' } },
      },
      async (req, res) => {
        parseInput(emptyBody, req.body ?? {});
        await sessions.signOut(req, res);
        res.status(204).end();
      },
    )
    .route(
      {
        method: 'post',
        path: '/logout-all',
        tag: 'auth',
        summary: 'Sign out of every session of this user, on every device',
        body: emptyBody,
        responses: { 204: { description: 'All sessions ended' } },
      },
      async (req, res) => {
        parseInput(emptyBody, req.body ?? {});
        const user = currentUser(req);
        await sessions.revokeAll(new Types.ObjectId(user.id));
        await sessions.signOut(req, res);
        res.status(204).end();
      },
    )
    .route(
      {
        method: 'post',
        path: '/password',
        tag: 'auth',
        summary: 'Change the password (other sessions of the user are ended, this one gets a new id)',
        body: changePasswordRequestSchema,
        responses: {
          204: { description: 'Changed' },
          400: { description: 'Wrong current password, or the new one is too short or too common' },
        },
      },
      async (req, res) => {
        const input = parseInput(changePasswordRequestSchema, req.body);
        await deps.passwords.change(req, res, input);
        res.status(204).end();
      },
    );
}
