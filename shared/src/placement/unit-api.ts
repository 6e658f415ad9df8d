import { z } from 'zod';
import { calendarDateSchema } from '../deadlines/events.js';

/**
 * Placement units (sijoituspaikat, domain.md §3): foster families, professional family homes and
 * institutions. Units are organisation data: any user with a client-data role reads the register;
 * the children placed in a unit are client data and are read through the child's placement part.
 */
export const PLACEMENT_UNIT_TYPES = ['foster_family', 'professional_family_home', 'institution'] as const;
export type PlacementUnitType = (typeof PLACEMENT_UNIT_TYPES)[number];

/** lastenkoti = children's home, koulukoti = school home, vastaanottokoti = receiving home. */
export const INSTITUTION_KINDS = ['childrens_home', 'school_home', 'receiving_home', 'other'] as const;

/** How the unit is allowed to operate: a permit or registration (VL 5 §) or a family-care agreement. */
export const LICENCE_KINDS = ['permit', 'registration', 'family_care_agreement'] as const;

/**
 * The legal maximum of placed children by unit type (PHL 7 §: a family home at most 4 children in
 * care; PHL 8 §: a professional family home at most 7, with at least 2 carers). Institutions have no
 * fixed maximum in law: their permit sets the places. Data, not code: the law changes.
 */
export const UNIT_CAPACITY_RULES: Record<
  PlacementUnitType,
  { legalMaximum: number | null; minimumCarers: number; legalReference: string }
> = {
  foster_family: { legalMaximum: 4, minimumCarers: 1, legalReference: 'PHL 7 §' },
  professional_family_home: { legalMaximum: 7, minimumCarers: 2, legalReference: 'PHL 8 §' },
  institution: { legalMaximum: null, minimumCarers: 0, legalReference: 'VL 5 §' },
};

const text = (max: number) => z.string().trim().min(1).max(max);

export const unitContactSchema = z.strictObject({
  name: text(200),
  role: text(200),
  phone: z.string().trim().max(40).optional(),
  email: z.email().max(200).optional(),
});

export const placementUnitInputSchema = z
  .strictObject({
    name: text(200),
    type: z.enum(PLACEMENT_UNIT_TYPES),
    /** Only for institutions. */
    institutionKind: z.enum(INSTITUTION_KINDS).optional(),
    provider: z.strictObject({
      name: text(200),
      /** Y-tunnus of a company provider; a foster family has none. */
      businessId: z
        .string()
        .regex(/^\d{7}-\d$/, 'A business id as 1234567-8.')
        .optional(),
    }),
    address: z.strictObject({
      street: text(200),
      postalCode: z.string().regex(/^\d{5}$/, 'A Finnish postal code has 5 digits.'),
      city: text(100),
    }),
    capacity: z.strictObject({
      /** The places the permit, registration or agreement allows. */
      registeredPlaces: z.number().int().min(1).max(200),
      /** Carers living in a family home (PHL 8 §: a professional family home needs at least 2). */
      carers: z.number().int().min(0).max(50).optional(),
      /** Children placed here by other wellbeing services counties: they count toward the maximum. */
      placedByOthers: z.number().int().min(0).max(200).default(0),
    }),
    licence: z.strictObject({
      kind: z.enum(LICENCE_KINDS),
      number: text(100),
      grantedOn: calendarDateSchema,
      validUntil: calendarDateSchema.optional(),
    }),
    /** The wellbeing services county where the unit is (it supervises too, LSL 79 §). */
    hostCounty: text(200),
    /** Other counties with children here: told of deficiencies without delay (LSL 79 § 3 mom). */
    otherPlacingCounties: z.array(text(200)).max(30).default([]),
    contacts: z.array(unitContactSchema).max(20).default([]),
    active: z.boolean().default(true),
  })
  .superRefine((unit, ctx) => {
    const rule = UNIT_CAPACITY_RULES[unit.type];
    if (unit.type === 'institution' && !unit.institutionKind)
      ctx.addIssue({ code: 'custom', path: ['institutionKind'], message: 'Say which kind of institution.' });
    if (unit.type !== 'institution' && unit.institutionKind)
      ctx.addIssue({ code: 'custom', path: ['institutionKind'], message: 'Only institutions have a kind.' });
    if (rule.legalMaximum !== null && unit.capacity.registeredPlaces > rule.legalMaximum)
      ctx.addIssue({
        code: 'custom',
        path: ['capacity', 'registeredPlaces'],
        message: `At most ${rule.legalMaximum} placed children in this kind of unit (${rule.legalReference}).`,
      });
    if ((unit.capacity.carers ?? 0) < rule.minimumCarers)
      ctx.addIssue({
        code: 'custom',
        path: ['capacity', 'carers'],
        message: `At least ${rule.minimumCarers} carers in this kind of unit (${rule.legalReference}).`,
      });
    if (unit.licence.validUntil && unit.licence.validUntil < unit.licence.grantedOn)
      ctx.addIssue({ code: 'custom', path: ['licence', 'validUntil'], message: 'Before the grant date.' });
  });
export type PlacementUnitInput = z.input<typeof placementUnitInputSchema>;

export const placementUnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(PLACEMENT_UNIT_TYPES),
  institutionKind: z.enum(INSTITUTION_KINDS).optional(),
  provider: z.object({ name: z.string(), businessId: z.string().optional() }),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
  capacity: z.object({
    registeredPlaces: z.number(),
    carers: z.number().optional(),
    placedByOthers: z.number(),
    legalMaximum: z.number().nullable(),
    /** Our children placed here today (not ended), plus those placed by others. */
    occupiedToday: z.number(),
  }),
  licence: z.object({
    kind: z.enum(LICENCE_KINDS),
    number: z.string(),
    grantedOn: calendarDateSchema,
    validUntil: calendarDateSchema.optional(),
  }),
  hostCounty: z.string(),
  otherPlacingCounties: z.array(z.string()),
  contacts: z.array(
    z.object({
      name: z.string(),
      role: z.string(),
      phone: z.string().optional(),
      email: z.string().optional(),
    }),
  ),
  active: z.boolean(),
  revision: z.number(),
});
export type PlacementUnit = z.infer<typeof placementUnitSchema>;
export const placementUnitListSchema = z.object({ items: z.array(placementUnitSchema) });

/** `PUT /placement-units/{id}`: the whole unit again, with the revision it was based on. */
export const placementUnitUpdateSchema = z.strictObject({
  baseRevision: z.number().int().min(1),
  unit: placementUnitInputSchema,
});

export const placementUnitListQuerySchema = z.strictObject({
  type: z.enum(PLACEMENT_UNIT_TYPES).optional(),
  active: z.enum(['true', 'false']).optional(),
});
