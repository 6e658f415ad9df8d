import { ApiRouter } from '../../platform/http/api-router.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { OidcService } from './oidc-service.js';

/** Browser navigations, not XHR: both answer with redirects (to the IdP, then back to the SPA). */
export function oidcRoutes(registry: OpenApiRegistry, oidc: OidcService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/auth/oidc')
    .route(
      {
        method: 'get',
        path: '/login',
        tag: 'auth',
        summary: 'Single sign-on: redirects to the organisation identity provider (code flow + PKCE)',
        authenticated: false,
        responses: { 302: { description: 'To the identity provider (or to /login?sso=unavailable)' } },
      },
      async (req, res) => oidc.begin(req, res),
    )
    .route(
      {
        method: 'get',
        path: '/callback',
        tag: 'auth',
        summary: 'Single sign-on return: signs in (new session id) and redirects to the app',
        authenticated: false,
        responses: {
          302: { description: 'To / when signed in, else to /login?sso=expired|failed|no_role|inactive' },
        },
      },
      async (req, res) => oidc.complete(req, res),
    );
}
