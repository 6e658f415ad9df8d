import { z } from 'zod';
import { householdSchema, objectIdSchema } from '@keha/shared';

/** `POST /children/{id}/family`: a new family by name, or an existing family of the same team by id. */
export const familyLinkInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    familyId: objectIdSchema.optional(),
  })
  .refine((body) => Boolean(body.name) !== Boolean(body.familyId), {
    path: ['name'],
    message: 'Give either the name of a new family or the id of an existing one.',
  });

export const householdsInputSchema = z.strictObject({
  households: z
    .array(householdSchema)
    .max(20)
    .refine((list) => new Set(list.map((h) => h.id)).size === list.length, 'Household ids must be unique.'),
});

/** A partial update: a field sent as null is cleared, a field left out is kept. */
export const patchBodySchema = z.record(z.string(), z.unknown());

export const personParamsSchema = z.strictObject({ id: objectIdSchema, personId: objectIdSchema });
export const relationshipParamsSchema = z.strictObject({
  id: objectIdSchema,
  relationshipId: objectIdSchema,
});
