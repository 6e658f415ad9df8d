import { z } from 'zod';
import { LANGUAGES, ROLES } from '../roles/roles.js';
import { objectIdSchema } from '../children/child-api.js';

/** The administration API (administrators only; it never carries client data). */
export const adminUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  teamIds: z.array(z.string()),
  language: z.enum(LANGUAGES),
  active: z.boolean(),
  mfaEnabled: z.boolean(),
  /** ISO time until which sign-in is locked after failed attempts; always present, null when not locked. */
  lockedUntil: z.string().nullable(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

const roles = z.array(z.enum(ROLES)).min(1, 'At least one role.').max(ROLES.length);
const teamIds = z.array(objectIdSchema).max(20);

export const createUserSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{2,64}$/, '2-64 characters: letters, digits, dot, dash or underscore.'),
  displayName: z.string().trim().min(1).max(120),
  roles,
  teamIds: teamIds.default([]),
  language: z.enum(LANGUAGES).default('fi'),
  /** The initial password; the length rule is checked by the server's password policy. */
  password: z.string().min(1).max(256),
});
export type CreateUserRequest = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .strictObject({
    displayName: z.string().trim().min(1).max(120).optional(),
    roles: roles.optional(),
    teamIds: teamIds.optional(),
    active: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Nothing to change.');
export type UpdateUserRequest = z.infer<typeof updateUserSchema>;

export const adminTeamSchema = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type AdminTeam = z.infer<typeof adminTeamSchema>;

export const createTeamSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, '2-40 characters: lower-case letters, digits, dash.'),
  name: z.string().trim().min(1).max(120),
});
export const updateTeamSchema = z.strictObject({ name: z.string().trim().min(1).max(120) });
