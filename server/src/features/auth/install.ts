import type { Express } from 'express';
import type { AppConfig } from '../../platform/config.js';
import type { Database } from '../../platform/db.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import { csrfProtection } from '../../platform/auth/csrf.js';
import { LoginThrottle } from '../../platform/auth/login-throttle.js';
import { requireSignedIn } from '../../platform/auth/require-signed-in.js';
import { SecretBox } from '../../platform/auth/secret-box.js';
import { resolveAuthSecrets } from '../../platform/auth/secrets.js';
import { SessionManager } from '../../platform/auth/session-manager.js';
import { sessionMiddleware } from '../../platform/auth/session-middleware.js';
import { userModel } from '../users/model.js';
import { localAuthenticator } from './local-strategy.js';
import { LoginService } from './login-service.js';
import { MfaService } from './mfa-service.js';
import { mfaRoutes } from './mfa-routes.js';
import { PasswordService } from './password-service.js';
import { OidcService } from './oidc-service.js';
import { oidcRoutes } from './oidc-routes.js';
import { authRoutes } from './routes.js';
import { SecondFactor } from './second-factor.js';

export interface AuthServices {
  sessions: SessionManager;
  throttle: LoginThrottle;
}

/**
 * Wires authentication into the app, in this order: session lookup and CSRF check for all of /api,
 * the auth routes, then the signed-in guard for the rest of /api/v1. Call it after the JSON body
 * parser and before any feature router.
 */
export function installAuth(
  app: Express,
  deps: { config: AppConfig; database: Database; openApi: OpenApiRegistry },
): AuthServices {
  const { auth } = deps.config;
  const connection = deps.database.connection;
  const secrets = resolveAuthSecrets(deps.config);
  const Users = userModel(connection);
  const sessions = new SessionManager(connection, {
    secret: secrets.sessionSecret,
    idleTimeoutMs: auth.idleTimeoutMs,
    absoluteTimeoutMs: auth.absoluteTimeoutMs,
    secureCookies: auth.secureCookies,
  });
  const throttle = new LoginThrottle(connection, {
    maxFailuresPerAccount: auth.maxFailuresPerAccount,
    maxFailuresPerIp: auth.maxFailuresPerIp,
    lockMs: auth.lockMs,
  });
  const box = new SecretBox(secrets.mfaEncryptionKey);
  const secondFactor = new SecondFactor(Users, box);
  const mfaRequired = auth.mfaRequired;

  app.use('/api', sessionMiddleware(sessions), csrfProtection());
  app.use('/api/v1', requireSignedIn());
  const login = new LoginService({
    authenticator: localAuthenticator(Users),
    throttle,
    sessions,
    secondFactor,
    mfaRequired,
  });
  const passwords = new PasswordService(Users, throttle, sessions);
  app.use(
    '/api/v1/auth',
    authRoutes(deps.openApi, { sessions, login, passwords, ssoEnabled: Boolean(auth.oidc) }).router,
  );
  const mfa = new MfaService({ Users, box, sessions, throttle, secondFactor, mfaRequired });
  app.use('/api/v1/auth/mfa', mfaRoutes(deps.openApi, mfa).router);
  if (auth.oidc) {
    const oidc = new OidcService(auth.oidc, Users, sessions);
    app.use('/api/v1/auth/oidc', oidcRoutes(deps.openApi, oidc).router);
  }
  return { sessions, throttle };
}
