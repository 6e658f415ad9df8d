import { z } from 'zod';
import { isValidIdentityCode } from '../identity/identity-code.js';

/**
 * The child record as far as identity and access need it; issue 5 (children, families, the
 * situational picture) extends these schemas rather than replacing them.
 */
export const CHILD_STATUSES = [
  'notification',
  'assessment',
  'client',
  'placement',
  'aftercare',
  'closed',
] as const;
export type ChildStatus = (typeof CHILD_STATUSES)[number];

export const CLIENT_LANGUAGES = ['fi', 'sv', 'other'] as const;

export const objectIdSchema = z.string().regex(/^[a-f0-9]{24}$/, 'Not a valid id.');
export const idParamsSchema = z.strictObject({ id: objectIdSchema });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD.');

export const childLanguagesSchema = z.strictObject({
  preferred: z.enum(CLIENT_LANGUAGES),
  /** The language by name when `preferred` is `other`. */
  other: z.string().trim().max(60).optional(),
  interpreterNeeded: z.boolean(),
});

/** Asiakaslaki 812/2000 11 §: a minor may forbid disclosing their data to a guardian, for a weighty reason. */
export const guardianDisclosureRestrictionSchema = z.strictObject({
  active: z.boolean(),
  reason: z.string().trim().max(2000).optional(),
});

export const childSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: isoDate,
  identityCode: z.string().refine(isValidIdentityCode, 'Not a valid identity code.'),
  teamId: z.string(),
  namedSocialWorkerId: z.string(),
  status: z.enum(CHILD_STATUSES),
  languages: childLanguagesSchema,
  guardianDisclosureRestriction: guardianDisclosureRestrictionSchema,
});
export type Child = z.infer<typeof childSchema>;

/** `GET /children/{id}`: the record plus how the access was granted, so the UI can show a banner. */
export const childResponseSchema = z.object({
  child: childSchema,
  access: z.object({ flagged: z.enum(['break_glass', 'supervisor_access']).optional() }),
});
export type ChildResponse = z.infer<typeof childResponseSchema>;

/** A list row. `summary` rows (supervisors) carry no identity code or date of birth. */
export const childListItemSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  teamId: z.string(),
  namedSocialWorkerId: z.string(),
  status: z.enum(CHILD_STATUSES),
  view: z.enum(['full', 'summary']),
  dateOfBirth: isoDate.optional(),
  identityCode: z.string().optional(),
});
export type ChildListItem = z.infer<typeof childListItemSchema>;

export const childListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  /** Search by name (prefix of first or last name) or a whole identity code; the search is audited. */
  q: z.string().trim().min(2).max(100).optional(),
  status: z.enum(CHILD_STATUSES).optional(),
  teamId: objectIdSchema.optional(),
  namedSocialWorkerId: objectIdSchema.optional(),
});
export type ChildListQuery = z.infer<typeof childListQuerySchema>;

export const childListResponseSchema = z.object({
  items: z.array(childListItemSchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
export type ChildListResponse = z.infer<typeof childListResponseSchema>;

/** `POST /children`: a new child always has a named social worker (LSL 13 b §). */
export const childCreateInputSchema = z.strictObject({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  dateOfBirth: isoDate,
  identityCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidIdentityCode, 'Not a valid identity code (check the check character).'),
  teamId: objectIdSchema,
  namedSocialWorkerId: objectIdSchema,
  languages: childLanguagesSchema.default({ preferred: 'fi', interpreterNeeded: false }),
  familyId: objectIdSchema.optional(),
  /** Supervisors only: allocate over the caseload cap with a recorded reason. */
  overrideReason: z.string().trim().min(10).max(2000).optional(),
});
export type ChildCreateInput = z.input<typeof childCreateInputSchema>;
