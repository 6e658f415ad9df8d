import { z } from 'zod';
import { LANGUAGES } from '../roles/roles.js';
import { ACCESS_GRANT_KINDS } from './access-types.js';

/** Break-the-glass and supervisor access: a reason of at least 10 characters, reviewed later. */
export const ACCESS_GRANT_HOURS = 8;

export const accessRequestSchema = z.strictObject({
  reason: z.string().trim().min(10, 'Give a reason of at least 10 characters.').max(2000),
  kind: z.enum(ACCESS_GRANT_KINDS),
});
export type AccessRequest = z.infer<typeof accessRequestSchema>;

export const accessGrantSchema = z.object({
  id: z.string(),
  childId: z.string(),
  kind: z.enum(ACCESS_GRANT_KINDS),
  reason: z.string(),
  expiresAt: z.string(),
});
export type AccessGrant = z.infer<typeof accessGrantSchema>;

export const ACCESS_REVIEW_OUTCOMES = ['appropriate', 'inappropriate'] as const;

export const accessReviewSchema = z.object({
  id: z.string(),
  childId: z.string(),
  /** First and last name only (summary level), so the reviewer can tell records apart. */
  childName: z.string(),
  teamId: z.string(),
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string() }),
  kind: z.enum(ACCESS_GRANT_KINDS),
  reason: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
  /** How many times the record was opened under this grant (from the audit log). */
  readCount: z.number(),
});
export type AccessReview = z.infer<typeof accessReviewSchema>;

export const accessReviewDecisionSchema = z.strictObject({
  outcome: z.enum(ACCESS_REVIEW_OUTCOMES),
  note: z.string().trim().max(2000).default(''),
});
export type AccessReviewDecision = z.infer<typeof accessReviewDecisionSchema>;

const isoDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** `GET /children/{id}/access-log` (ATL 11 §): `from`/`to` as dates or date-times, inclusive. */
export const accessLogQuerySchema = z.strictObject({
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  format: z.enum(['json', 'csv', 'pdf']).default('json'),
  lang: z.enum(LANGUAGES).default('fi'),
});
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

export const accessLogEntrySchema = z.object({
  at: z.string(),
  username: z.string(),
  roles: z.array(z.string()),
  action: z.string(),
  view: z.string().optional(),
  purpose: z.string().optional(),
  outcome: z.enum(['allowed', 'denied']),
  flagged: z.enum(['break_glass', 'supervisor_access']).optional(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

export const accessLogResponseSchema = z.object({
  childId: z.string(),
  childName: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  entries: z.array(accessLogEntrySchema),
  /** True when the period held more entries than one report carries; narrow the period. */
  truncated: z.boolean(),
});
export type AccessLogResponse = z.infer<typeof accessLogResponseSchema>;
