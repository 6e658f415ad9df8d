import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';
import { calendarDateSchema } from '../deadlines/events.js';
import { PLACEMENT_UNIT_TYPES } from './unit-api.js';

/**
 * A child's placement in a unit (domain.md §3). The visit interval comes from the placement itself,
 * else from the child's client plan (LSL 29 §, 53 §), else the organisation default.
 */
export const PLACEMENT_TYPES = [
  'open_care_placement', // avohuollon sijoitus, LSL 37 §
  'emergency_placement', // kiireellinen sijoitus, LSL 38 §
  'substitute_care', // sijaishuolto huostaanoton jälkeen, LSL 40 §, 49 §
  'aftercare', // jälkihuolto, LSL 75 §
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

/** The usual legal basis by type, offered as the default. */
export const DEFAULT_LEGAL_BASIS: Record<PlacementType, string> = {
  open_care_placement: 'LSL 37 §',
  emergency_placement: 'LSL 38 §',
  substitute_care: 'LSL 40 §, 49 §',
  aftercare: 'LSL 75 §, 76 §',
};

/** The organisation's visit interval when neither the placement nor the client plan sets one. */
export const DEFAULT_VISIT_INTERVAL_DAYS = 90;
export const VISIT_INTERVAL_SOURCES = ['placement', 'client_plan', 'organisation_default'] as const;

export const placementInputSchema = z
  .strictObject({
    childId: objectIdSchema,
    unitId: objectIdSchema,
    type: z.enum(PLACEMENT_TYPES),
    legalBasis: z.string().trim().min(1).max(200),
    startDate: calendarDateSchema,
    endDate: calendarDateSchema.nullable().default(null),
    /** Overrides the client plan's interval for this placement. */
    plannedVisitIntervalDays: z.number().int().min(1).max(366).nullable().default(null),
    responsibleWorkerId: objectIdSchema,
    /** The placement inspector supervising this placement: gives them the placement part (ATL 9 §). */
    inspectorId: objectIdSchema.nullable().default(null),
    /** Required to place over the unit's registered places (never over the legal maximum). */
    capacityOverrideReason: z.string().trim().min(10).max(2000).optional(),
  })
  .refine((p) => p.endDate === null || p.endDate >= p.startDate, {
    path: ['endDate'],
    message: 'The end date is before the start date.',
  });
export type PlacementInput = z.input<typeof placementInputSchema>;

/** `PATCH /placements/{id}`: what changes during a placement. */
export const placementUpdateSchema = z
  .strictObject({
    baseRevision: z.number().int().min(1),
    endDate: calendarDateSchema.nullable().optional(),
    plannedVisitIntervalDays: z.number().int().min(1).max(366).nullable().optional(),
    responsibleWorkerId: objectIdSchema.optional(),
    inspectorId: objectIdSchema.nullable().optional(),
    legalBasis: z.string().trim().min(1).max(200).optional(),
    /**
     * Required when a later end date takes the unit over its registered places for the added days
     * (never over the legal maximum). The start and the unit are not changed here: a move to another
     * unit is a new placement (the visits keep the unit they were made in).
     */
    capacityOverrideReason: z.string().trim().min(10).max(2000).optional(),
  })
  .refine((u) => Object.keys(u).some((k) => k !== 'baseRevision' && k !== 'capacityOverrideReason'), {
    message: 'Nothing to change.',
  });
export type PlacementUpdate = z.input<typeof placementUpdateSchema>;

const person = z.object({ id: z.string(), name: z.string() });

export const placementSchema = z.object({
  id: z.string(),
  childId: z.string(),
  childName: z.string(),
  unit: z.object({ id: z.string(), name: z.string(), type: z.enum(PLACEMENT_UNIT_TYPES) }),
  type: z.enum(PLACEMENT_TYPES),
  legalBasis: z.string(),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema.nullable(),
  plannedVisitIntervalDays: z.number().nullable(),
  /** The interval in force and where it comes from. */
  visitInterval: z.object({ days: z.number(), source: z.enum(VISIT_INTERVAL_SOURCES) }),
  responsibleWorker: person,
  inspector: person.nullable(),
  capacityOverrideReason: z.string().optional(),
  revision: z.number(),
  createdAt: z.string(),
});
export type Placement = z.infer<typeof placementSchema>;
export const placementListSchema = z.object({ items: z.array(placementSchema) });

export const placementListQuerySchema = z.strictObject({
  childId: objectIdSchema.optional(),
  unitId: objectIdSchema.optional(),
  /** Only placements going on today. */
  active: z.enum(['true', 'false']).optional(),
});

/** `GET /placement-inspectors`: whom a visit can be planned for (the active placement inspectors). */
export const placementInspectorListSchema = z.object({ items: z.array(person) });
export type PlacementInspector = z.infer<typeof person>;
