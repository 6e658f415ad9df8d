import { z } from 'zod';
import { ROLES, type Role } from '@keha/shared';

/**
 * OpenID Connect single sign-on, off unless OIDC_ISSUER is set. The IdP's groups (in the ID token
 * claim named by OIDC_GROUPS_CLAIM) become Kehä roles through OIDC_GROUP_ROLE_MAP, e.g.
 * `{"ks-sosiaalityo":"social_worker","ks-johto":"supervisor"}`.
 */
export const oidcEnvSchema = z.object({
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.url().optional(),
  OIDC_GROUP_ROLE_MAP: z.string().optional(),
  OIDC_GROUPS_CLAIM: z.string().min(1).default('groups'),
  OIDC_SCOPES: z.string().min(1).default('openid profile email groups'),
});

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  groupRoleMap: Record<string, Role>;
  groupsClaim: string;
  scopes: string;
}

type OidcEnv = z.infer<typeof oidcEnvSchema>;

const roleMapSchema = z.record(z.string().min(1), z.enum(ROLES));

/** Configuration problems, named by variable: all of the OIDC settings or none. */
export function oidcConfigProblems(e: OidcEnv): string[] {
  const required = [
    'OIDC_ISSUER',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'OIDC_REDIRECT_URI',
    'OIDC_GROUP_ROLE_MAP',
  ] as const;
  const set = required.filter((name) => e[name]);
  if (set.length === 0) return [];
  const problems = required
    .filter((name) => !e[name])
    .map((name) => `${name}: required when OIDC_ISSUER or another OIDC_ setting is set`);
  if (e.OIDC_GROUP_ROLE_MAP && !parseRoleMap(e.OIDC_GROUP_ROLE_MAP)) {
    problems.push(`OIDC_GROUP_ROLE_MAP: a JSON object from group name to one of ${ROLES.join(', ')}`);
  }
  return problems;
}

export function oidcConfig(e: OidcEnv): OidcConfig | undefined {
  if (
    !e.OIDC_ISSUER ||
    !e.OIDC_CLIENT_ID ||
    !e.OIDC_CLIENT_SECRET ||
    !e.OIDC_REDIRECT_URI ||
    !e.OIDC_GROUP_ROLE_MAP
  ) {
    return undefined;
  }
  return {
    issuer: new URL(e.OIDC_ISSUER),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    redirectUri: e.OIDC_REDIRECT_URI,
    groupRoleMap: parseRoleMap(e.OIDC_GROUP_ROLE_MAP)!,
    groupsClaim: e.OIDC_GROUPS_CLAIM,
    scopes: e.OIDC_SCOPES,
  };
}

function parseRoleMap(json: string): Record<string, Role> | null {
  try {
    const parsed = roleMapSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
