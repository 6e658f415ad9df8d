import { z } from 'zod';
import { LANGUAGES, ROLES } from '../roles/roles.js';

/**
 * The authentication API contract shared by server and client (`/api/v1/auth/...`).
 * State-changing requests carry the CSRF token from `GET /api/v1/auth/csrf` in the `x-csrf-token` header.
 */
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_IDLE_TIMEOUT_MINUTES = 30;
export const SESSION_ABSOLUTE_TIMEOUT_HOURS = 12;

/** The second factor, where one is asked for: a TOTP code or, instead, a one-time recovery code. */
const secondFactorFields = {
  /** The current TOTP code (RFC 6238, 6 digits) when the account has MFA enabled. */
  totp: z
    .string()
    .regex(/^\d{6}$/, 'Six digits.')
    .optional(),
  /** A one-time recovery code instead of the TOTP code. */
  recoveryCode: z.string().trim().min(8).max(32).optional(),
};

export const loginRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  ...secondFactorFields,
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  teamIds: z.array(z.string()),
  language: z.enum(LANGUAGES),
  mfaEnabled: z.boolean(),
});
/** The signed-in user as the server's services and the client see it (never hashes or secrets). */
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionInfoSchema = z.object({
  user: sessionUserSchema,
  /** When the session ends unless there is activity (ISO time); the client warns before it. */
  idleExpiresAt: z.string(),
  /** When the session ends regardless of activity (ISO time). */
  absoluteExpiresAt: z.string(),
  /** True when policy requires MFA for this account and it is not yet enrolled. */
  mfaEnrolmentRequired: z.boolean(),
});
/** `POST /auth/login` and `GET /auth/me` answer with this. */
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const csrfTokenSchema = z.object({ token: z.string() });
export type CsrfToken = z.infer<typeof csrfTokenSchema>;

/** `POST /auth/password`: the current password is asked again so a borrowed session cannot change it. */
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** `POST /auth/mfa/enrol` answer: scan the QR code (or type the secret), then confirm with a code. */
export const mfaEnrolmentSchema = z.object({
  otpauthUri: z.string(),
  qrCodeDataUrl: z.string(),
  /** The same secret in base32, for typing into an app by hand. Shown only during enrolment. */
  secret: z.string(),
});
export type MfaEnrolment = z.infer<typeof mfaEnrolmentSchema>;

export const mfaConfirmRequestSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, 'Six digits.'),
});
export type MfaConfirmRequest = z.infer<typeof mfaConfirmRequestSchema>;

/** `POST /auth/mfa/confirm` answer: the one-time recovery codes, shown once and never again. */
export const mfaRecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type MfaRecoveryCodes = z.infer<typeof mfaRecoveryCodesSchema>;

/** `POST /auth/mfa/disable`: the password and a current code (or a recovery code). */
export const mfaDisableRequestSchema = z.strictObject({
  password: z.string().min(1).max(256),
  ...secondFactorFields,
});
export type MfaDisableRequest = z.infer<typeof mfaDisableRequestSchema>;

/** `GET /auth/options` (public): what the login page offers. */
export const authOptionsSchema = z.object({
  /** Single sign-on is configured: the login page links to `ssoLoginUrl` (a full-page navigation). */
  sso: z.boolean(),
  ssoLoginUrl: z.string().optional(),
});
export type AuthOptions = z.infer<typeof authOptionsSchema>;
