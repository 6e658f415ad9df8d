import { z } from 'zod';
import { calendarDateSchema } from '../deadlines/events.js';

/**
 * The family around a child: people (family members and network people), households, and the edges
 * of the genogram (parent-child, partnerships, emotional quality). One family may hold several
 * children (siblings share the genogram).
 */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const PERSON_KINDS = ['family', 'network'] as const;
export type Sex = (typeof SEXES)[number];

export const contactSchema = z.strictObject({
  phone: z.string().trim().max(40).optional(),
  email: z.email().max(200).optional(),
  address: z.string().trim().max(300).optional(),
});

export const personInputSchema = z
  .strictObject({
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().max(100).default(''),
    sex: z.enum(SEXES).default('unknown'),
    kind: z.enum(PERSON_KINDS).default('family'),
    dateOfBirth: calendarDateSchema.optional(),
    dateOfDeath: calendarDateSchema.optional(),
    /** Network people: their role or agency (teacher, school nurse, football coach). */
    role: z.string().trim().max(200).optional(),
    householdId: z.string().trim().max(40).optional(),
    contact: contactSchema.default({}),
    /** The child record when this person is a child client. */
    childId: z
      .string()
      .regex(/^[a-f0-9]{24}$/)
      .optional(),
  })
  .superRefine((p, ctx) => {
    if (p.dateOfBirth && p.dateOfDeath && p.dateOfDeath < p.dateOfBirth)
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfDeath'],
        message: 'The date of death is before the birth.',
      });
  });
export type PersonInput = z.input<typeof personInputSchema>;

export const personSchema = z.object({
  id: z.string(),
  familyId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  sex: z.enum(SEXES),
  kind: z.enum(PERSON_KINDS),
  dateOfBirth: calendarDateSchema.optional(),
  dateOfDeath: calendarDateSchema.optional(),
  role: z.string().optional(),
  householdId: z.string().optional(),
  contact: contactSchema,
  childId: z.string().optional(),
});
export type Person = z.infer<typeof personSchema>;

export const householdSchema = z.strictObject({
  id: z.string().trim().min(1).max(40),
  label: z.string().trim().min(1).max(200),
  address: z.string().trim().max(300).optional(),
});
export type Household = z.infer<typeof householdSchema>;

/** Genogram edges. `parent_of` is directed (from = parent); the others are symmetric. */
export const RELATIONSHIP_KINDS = ['parent_of', 'partner'] as const;
export const PARTNERSHIP_STATUSES = [
  'married',
  'cohabiting',
  'dating',
  'separated',
  'divorced',
  'widowed',
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
export const PARENTHOOD_KINDS = ['biological', 'adoptive', 'foster', 'step'] as const;
/** The emotional line drawn between two people (McGoldrick's conventions). */
export const RELATIONSHIP_QUALITIES = [
  'normal',
  'close',
  'very_close',
  'distant',
  'conflicted',
  'hostile',
  'cut_off',
] as const;

export type RelationshipQuality = (typeof RELATIONSHIP_QUALITIES)[number];

export const relationshipInputSchema = z
  .strictObject({
    kind: z.enum(RELATIONSHIP_KINDS),
    fromPersonId: z.string().min(1),
    toPersonId: z.string().min(1),
    partnershipStatus: z.enum(PARTNERSHIP_STATUSES).optional(),
    parenthood: z.enum(PARENTHOOD_KINDS).optional(),
    quality: z.enum(RELATIONSHIP_QUALITIES).default('normal'),
  })
  .superRefine((r, ctx) => {
    if (r.fromPersonId === r.toPersonId)
      ctx.addIssue({
        code: 'custom',
        path: ['toPersonId'],
        message: 'A person cannot be related to themselves.',
      });
    if (r.kind === 'partner' && r.parenthood)
      ctx.addIssue({
        code: 'custom',
        path: ['parenthood'],
        message: 'Parenthood belongs to a parent-child line.',
      });
  });
export type RelationshipInput = z.input<typeof relationshipInputSchema>;

export const relationshipSchema = z.object({
  id: z.string(),
  familyId: z.string(),
  kind: z.enum(RELATIONSHIP_KINDS),
  fromPersonId: z.string(),
  toPersonId: z.string(),
  partnershipStatus: z.enum(PARTNERSHIP_STATUSES).optional(),
  parenthood: z.enum(PARENTHOOD_KINDS).optional(),
  quality: z.enum(RELATIONSHIP_QUALITIES),
});
export type Relationship = z.infer<typeof relationshipSchema>;

export const familySchema = z.object({
  id: z.string(),
  name: z.string(),
  households: z.array(householdSchema),
  persons: z.array(personSchema),
  relationships: z.array(relationshipSchema),
});
export type Family = z.infer<typeof familySchema>;
