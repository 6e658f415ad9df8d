import { z } from 'zod';
import { SESSION_ABSOLUTE_TIMEOUT_HOURS, SESSION_IDLE_TIMEOUT_MINUTES } from '@keha/shared';
import { oidcConfig, oidcConfigProblems, oidcEnvSchema, type OidcConfig } from './oidc-config.js';

/**
 * Authentication settings from the environment (merged into the one schema in `config.ts`).
 * Timeouts and lockout periods are configurable so tests need not wait 30 minutes; the defaults are
 * the product's policy (shared/src/auth/auth-api.ts).
 */
export const authEnvSchema = z.object({
  /** Signs session ids (HMAC) before they are stored. Required in production; at least 32 characters. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Encrypts TOTP secrets at rest (AES-256-GCM). Required in production; at least 32 characters. */
  MFA_ENCRYPTION_KEY: z.string().min(32).optional(),
  SESSION_IDLE_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(SESSION_IDLE_TIMEOUT_MINUTES * 60),
  SESSION_ABSOLUTE_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(SESSION_ABSOLUTE_TIMEOUT_HOURS * 3600),
  /** Failed logins for one username before it is locked. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Failed logins from one client IP (any usernames) before that IP is refused for a while. */
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(900),
  /** `auto`: MFA is required in production and optional elsewhere (demo accounts use the password alone). */
  MFA_REQUIRED: z.enum(['auto', 'true', 'false']).default('auto'),
  ...oidcEnvSchema.shape,
});

export interface AuthConfig {
  /** Undefined outside production when not set: a generated secret is kept in DATA_DIR instead. */
  sessionSecret?: string;
  mfaEncryptionKey?: string;
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  lockMs: number;
  mfaRequired: boolean;
  /** Cookies get `Secure` in production, where TLS terminates in front of us. */
  secureCookies: boolean;
  /** Single sign-on; undefined when not configured. */
  oidc?: OidcConfig;
}

type AuthEnv = z.infer<typeof authEnvSchema> & { NODE_ENV: string };

/** Problems a schema cannot see: secrets required in production, all-or-none OIDC settings. */
export function missingProductionSecrets(e: AuthEnv): string[] {
  const secrets =
    e.NODE_ENV !== 'production'
      ? []
      : (['SESSION_SECRET', 'MFA_ENCRYPTION_KEY'] as const)
          .filter((name) => !e[name])
          .map((name) => `${name}: required in production (at least 32 random characters)`);
  return [...secrets, ...oidcConfigProblems(e)];
}

export function authConfig(e: AuthEnv): AuthConfig {
  return {
    sessionSecret: e.SESSION_SECRET,
    mfaEncryptionKey: e.MFA_ENCRYPTION_KEY,
    idleTimeoutMs: e.SESSION_IDLE_TIMEOUT_SECONDS * 1000,
    absoluteTimeoutMs: e.SESSION_ABSOLUTE_TIMEOUT_SECONDS * 1000,
    maxFailuresPerAccount: e.LOGIN_MAX_FAILURES,
    maxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
    lockMs: e.LOGIN_LOCK_SECONDS * 1000,
    mfaRequired: e.MFA_REQUIRED === 'auto' ? e.NODE_ENV === 'production' : e.MFA_REQUIRED === 'true',
    secureCookies: e.NODE_ENV === 'production',
    oidc: oidcConfig(e),
  };
}
