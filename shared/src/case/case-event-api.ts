import { z } from 'zod';
import { calendarDateSchema, caseEventTypeSchema, type CaseEventType } from '../deadlines/events.js';

/**
 * Child-protection case lifecycle events (LSL 25 § notification -> 26 § urgency -> 27 § assessment ->
 * client relationship -> measures -> aftercare -> closed). Events are never edited or deleted: a
 * correction is a new version of the same series, the earlier version stays readable.
 */
export const REPORTER_TYPES = [
  'police',
  'school',
  'early_childhood_education',
  'health_care',
  'social_services',
  'parent',
  'child',
  'relative',
  'neighbour',
  'anonymous',
  'other',
] as const;

export const URGENCY_LEVELS = ['immediate', 'urgent', 'not_urgent'] as const;

/** Type-specific facts; which are required depends on the event type (see `caseEventInputSchema`). */
export const caseEventDetailsSchema = z.strictObject({
  /** notification_received: who reported, and what was reported (LSL 25 §). */
  reporterType: z.enum(REPORTER_TYPES).optional(),
  content: z.string().trim().max(10_000).optional(),
  /** urgency_assessed: the outcome of the immediate assessment (LSL 26 §). */
  urgency: z.enum(URGENCY_LEVELS).optional(),
  /** emergency_placement_extended: the extension in days, at most 30 (LSL 38 §). */
  extensionDays: z.number().int().min(1).max(30).optional(),
  /**
   * Decisions that separation of duties covers (LSL 13 §): who made or approved the decision. Required
   * for a care order and an emergency-placement extension (a supervisor who is not the child's named
   * worker, nor the maker of the placement); for an emergency placement, its maker (default: the author).
   */
  decidedById: z
    .string()
    .regex(/^[a-f0-9]{24}$/, 'Not a valid id.')
    .optional(),
  /** Any event: the decision or summary in the worker's words. */
  summary: z.string().trim().max(10_000).optional(),
});
export type CaseEventDetails = z.infer<typeof caseEventDetailsSchema>;

export const caseEventLinkSchema = z.strictObject({
  kind: z.enum(['document', 'meeting', 'plan', 'placement', 'event']),
  id: z.string().trim().min(1).max(200),
  label: z.string().trim().max(200).optional(),
});

/** Decisions approved by a supervisor other than the preparer (LSL 13 §; see separation-of-duties.ts). */
export const DECISIONS_NEEDING_APPROVER: readonly CaseEventType[] = [
  'care_order_decided',
  'emergency_placement_extended',
];

/** `GET /children/{id}/decision-makers?type=`: who may approve that decision for this child. */
export const decisionMakersQuerySchema = z.strictObject({
  type: z.enum(['care_order_decided', 'emergency_placement_extended']),
});
export const decisionMakersResponseSchema = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string() })),
});

const caseEventInputBase = z.strictObject({
  type: caseEventTypeSchema,
  date: calendarDateSchema,
  details: caseEventDetailsSchema.default({}),
  links: z.array(caseEventLinkSchema).max(20).default([]),
});

/** POST /children/{id}/events and the body of a correction. */
export const caseEventInputSchema = caseEventInputBase.superRefine((event, ctx) => {
  if (event.type === 'notification_received') {
    if (!event.details.reporterType)
      ctx.addIssue({
        code: 'custom',
        path: ['details', 'reporterType'],
        message: 'Who made the notification?',
      });
    if (!event.details.content)
      ctx.addIssue({ code: 'custom', path: ['details', 'content'], message: 'What was reported?' });
  }
  if (event.type === 'urgency_assessed' && !event.details.urgency)
    ctx.addIssue({ code: 'custom', path: ['details', 'urgency'], message: 'Choose the urgency.' });
  if (DECISIONS_NEEDING_APPROVER.includes(event.type) && !event.details.decidedById)
    ctx.addIssue({ code: 'custom', path: ['details', 'decidedById'], message: 'Who made the decision?' });
  if (event.type === 'emergency_placement_extended' && !event.details.extensionDays)
    ctx.addIssue({ code: 'custom', path: ['details', 'extensionDays'], message: 'How many days (1-30)?' });
});
export type CaseEventInput = z.input<typeof caseEventInputSchema>;

/** A correction: the new content plus why the earlier version was wrong. */
export const caseEventCorrectionSchema = z.strictObject({
  event: caseEventInputSchema,
  reason: z.string().trim().min(3).max(2000),
});
export type CaseEventCorrection = z.infer<typeof caseEventCorrectionSchema>;

export const caseEventSchema = z.object({
  id: z.string(),
  /** All versions of one event share the series id; `id` is this version. */
  seriesId: z.string(),
  version: z.number().int().min(1),
  current: z.boolean(),
  childId: z.string(),
  type: caseEventTypeSchema,
  date: calendarDateSchema,
  details: caseEventDetailsSchema,
  links: z.array(caseEventLinkSchema),
  authorId: z.string(),
  authorName: z.string(),
  recordedAt: z.string(),
  correctionReason: z.string().optional(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const caseEventListResponseSchema = z.object({ items: z.array(caseEventSchema) });
