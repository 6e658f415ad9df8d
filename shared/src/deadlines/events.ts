import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';

export const calendarDateSchema = z.string().refine(isCalendarDate, 'Expected a real date as YYYY-MM-DD');

/** Case lifecycle events that start, meet or end statutory deadlines (domain.md §4). */
export const CASE_EVENT_TYPES = [
  'notification_received',
  'urgency_assessed',
  'assessment_started',
  'assessment_completed',
  'client_relationship_started',
  'client_plan_reviewed',
  'open_care_placement_started',
  'open_care_placement_reviewed',
  'open_care_placement_ended',
  'emergency_placement_started',
  'emergency_placement_extended',
  'emergency_placement_ended',
  'care_order_decided',
  'aftercare_started',
  'case_closed',
  // Not in the lifecycle list of issue 5, but without it the visit-interval deadline could never be met.
  'placed_child_visited',
] as const;

export const caseEventTypeSchema = z.enum(CASE_EVENT_TYPES);
export type CaseEventType = z.infer<typeof caseEventTypeSchema>;

export const deadlineCaseEventSchema = z.object({
  id: z.string().min(1),
  type: caseEventTypeSchema,
  date: calendarDateSchema,
  /** Only for `emergency_placement_extended`: the length of the extension, at most 30 days (LSL 38 §). */
  extensionDays: z.number().int().min(1).max(30).optional(),
});
export type DeadlineCaseEvent = z.infer<typeof deadlineCaseEventSchema>;

export const deadlineOptionsSchema = z.object({
  today: calendarDateSchema,
  childDateOfBirth: calendarDateSchema.optional(),
  /** The visit interval written into the child's client plan (LSL 29 §, 53 §), in days. */
  plannedVisitIntervalDays: z.number().int().positive().optional(),
  /** The organisation's default interval, used when the plan sets none. */
  defaultVisitIntervalDays: z.number().int().positive().default(90),
  /** A deadline this many days away or fewer is `due_soon`. */
  dueSoonDays: z.number().int().min(0).default(7), // DEFAULT_DUE_SOON_DAYS (compute.ts)
});
export type DeadlineOptions = z.input<typeof deadlineOptionsSchema>;
