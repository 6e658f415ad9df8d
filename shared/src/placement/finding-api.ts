import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';
import { calendarDateSchema } from '../deadlines/events.js';
import { PLACEMENT_TYPES, VISIT_INTERVAL_SOURCES } from './placement-api.js';
import { PLACEMENT_UNIT_TYPES } from './unit-api.js';
import { FINDING_SEVERITIES, requiredActionSchema, visitNotificationSchema } from './visit-api.js';

/** A finding of a submitted visit, followed up until closed with evidence. */
export const findingSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  clientId: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  childIds: z.array(z.string()),
  /** True when the finding is about the unit as a whole. */
  concernsUnit: z.boolean(),
  date: calendarDateSchema,
  observation: z.string(),
  evidence: z.string(),
  legalReference: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  actions: z.array(requiredActionSchema),
  /** Photos of the visit evidencing it: `GET /visits/{visitId}/attachments/{id}`. */
  attachmentIds: z.array(z.string()),
  followUpDate: calendarDateSchema.nullable(),
  /** The earliest open action deadline (or the follow-up date), for the follow-up list. */
  nextDeadline: calendarDateSchema.nullable(),
  status: z.enum(['open', 'closed']),
  closure: z
    .object({ evidence: z.string(), closedOn: calendarDateSchema, closedByName: z.string() })
    .nullable(),
  /** The LSL 79 § notifications of the visit. */
  notifications: z.array(visitNotificationSchema),
  inspectorName: z.string(),
  createdAt: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;
export const findingListSchema = z.object({ items: z.array(findingSchema) });

export const findingListQuerySchema = z.strictObject({
  severity: z.enum(FINDING_SEVERITIES).optional(),
  open: z.enum(['true', 'false']).optional(),
  childId: objectIdSchema.optional(),
  unitId: objectIdSchema.optional(),
});

export const findingCloseSchema = z.strictObject({
  evidence: z.string().trim().min(1).max(5000),
  closedOn: calendarDateSchema,
});

/**
 * The socket.io event a supervisor's sockets get when a visit with a serious finding is submitted
 * (docs/REALTIME.md). Ids and the unit only: the finding itself is read (and audited) from the API.
 */
export const SERIOUS_FINDING_EVENT = 'serious_finding';
export const seriousFindingAlertSchema = z.object({
  findingId: z.string(),
  visitId: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  childIds: z.array(z.string()),
  legalReference: z.string(),
  visitDate: calendarDateSchema,
  inspectorName: z.string(),
  /** Whether AVI had been told when the visit was submitted (LSL 79 § 3 mom). */
  aviNotified: z.boolean(),
  submittedAt: z.string(),
});
export type SeriousFindingAlert = z.infer<typeof seriousFindingAlertSchema>;

/** `GET /visits/due`: when each placement's next visit is due (per placement, and so per child). */
export const visitDueSchema = z.object({
  placementId: z.string(),
  childId: z.string(),
  childName: z.string(),
  unit: z.object({ id: z.string(), name: z.string(), type: z.enum(PLACEMENT_UNIT_TYPES) }),
  placementType: z.enum(PLACEMENT_TYPES),
  interval: z.object({ days: z.number(), source: z.enum(VISIT_INTERVAL_SOURCES) }),
  lastVisitDate: calendarDateSchema.nullable(),
  dueDate: calendarDateSchema.nullable(),
  status: z.enum(['upcoming', 'due_soon', 'overdue', 'not_scheduled']),
  nextPlannedVisit: z.object({ visitId: z.string(), plannedDate: calendarDateSchema }).nullable(),
  inspector: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type VisitDue = z.infer<typeof visitDueSchema>;
export const visitDueListSchema = z.object({ items: z.array(visitDueSchema) });
export const visitDueQuerySchema = z.strictObject({
  childId: objectIdSchema.optional(),
  unitId: objectIdSchema.optional(),
  inspectorId: z.union([z.literal('me'), objectIdSchema]).optional(),
  /** Only these statuses, comma-separated (e.g. `overdue,due_soon`). */
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(z.enum(['upcoming', 'due_soon', 'overdue', 'not_scheduled'])).optional()),
});

/** An open finding whose next deadline is this many days away or fewer reminds its owners. */
export const FINDING_REMINDER_DAYS = 14;
/**
 * Why a finding is on the caller's work list: they are the responsible worker of a child it concerns
 * (placement or named social worker), they made the visit, or they oversee (supervisors).
 */
export const FINDING_REMINDER_REASONS = ['responsible_worker', 'inspector', 'oversight'] as const;

/** `GET /me/work` `findings`: follow-up reminders, overdue first, then by the next deadline. */
export const findingReminderSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  children: z.array(z.object({ id: z.string(), name: z.string() })),
  observation: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  date: calendarDateSchema,
  nextDeadline: calendarDateSchema,
  status: z.enum(['due_soon', 'overdue']),
  reason: z.enum(FINDING_REMINDER_REASONS),
});
export type FindingReminder = z.infer<typeof findingReminderSchema>;
