import { z } from 'zod';
import { childSchema, objectIdSchema } from '../children/child-api.js';
import { calendarDateSchema } from '../deadlines/events.js';
import { childViewSchema, safetyScoreSchema } from './child-view-api.js';
import { clientPlanSchema } from './client-plan-api.js';
import { findingReminderSchema } from '../placement/finding-api.js';
import { taskSchema } from './task-api.js';

/** One statutory deadline as the API reports it (from `computeStatutoryDeadlines`). */
export const deadlineSchema = z.object({
  ruleId: z.string(),
  ruleVersion: z.number(),
  legalReference: z.string(),
  obligation: z.string(),
  triggerEventId: z.string(),
  dueDate: calendarDateSchema,
  status: z.enum(['upcoming', 'due_soon', 'overdue', 'met']),
  metByEventId: z.string().nullable(),
  metOn: calendarDateSchema.nullable(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** `GET /children/{id}/picture`: what the team looks at together (domain.md §6). */
export const situationalPictureSchema = z.object({
  child: childSchema,
  ageYears: z.number(),
  teamName: z.string(),
  namedSocialWorkerName: z.string(),
  access: z.object({ flagged: z.enum(['break_glass', 'supervisor_access']).optional() }),
  /** Open deadlines, soonest first, and the ones met most recently. */
  deadlines: z.array(deadlineSchema),
  plan: clientPlanSchema.nullable(),
  /** The latest score per participant. */
  latestSafetyScores: z.array(safetyScoreSchema),
  latestChildView: childViewSchema.nullable(),
  openTasks: z.array(taskSchema),
  familyId: z.string().nullable(),
});
export type SituationalPicture = z.infer<typeof situationalPictureSchema>;

/** `finding`: findings of placement visits (code: the severity info / deficiency / serious). */
export const TIMELINE_KINDS = [
  'event',
  'plan',
  'child_view',
  'safety',
  'task',
  'finding',
  'meeting',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const timelineQuerySchema = z.strictObject({
  kinds: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',') : [...TIMELINE_KINDS]))
    .pipe(z.array(z.enum(TIMELINE_KINDS)).min(1)),
  /** Cursor: the `cursor` of the last item of the previous page. */
  before: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TimelineQuery = z.input<typeof timelineQuerySchema>;

export const timelineItemSchema = z.object({
  kind: z.enum(TIMELINE_KINDS),
  id: z.string(),
  date: calendarDateSchema,
  /** A code the client words (event type, goal status...). */
  code: z.string(),
  text: z.string(),
  authorName: z.string(),
  cursor: z.string(),
  corrected: z.boolean().optional(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;
export const timelineResponseSchema = z.object({
  items: z.array(timelineItemSchema),
  nextCursor: z.string().nullable(),
});
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;

/** `PUT /children/{id}/named-social-worker`: allocation, refused at the cap unless a supervisor overrides. */
export const allocationInputSchema = z.strictObject({
  socialWorkerId: objectIdSchema,
  /** Only supervisors: allocate over the cap with a recorded reason (LSL 13 b §). */
  overrideReason: z.string().trim().min(10).max(2000).optional(),
});
export type AllocationInput = z.infer<typeof allocationInputSchema>;

export const caseloadEntrySchema = z.object({
  socialWorkerId: z.string(),
  name: z.string(),
  teamIds: z.array(z.string()),
  children: z.number(),
  cap: z.number().nullable(),
  atOrOverCap: z.boolean(),
});
export const caseloadResponseSchema = z.object({
  date: calendarDateSchema,
  cap: z.number().nullable(),
  legalReference: z.string(),
  workers: z.array(caseloadEntrySchema),
  teams: z.array(z.object({ teamId: z.string(), name: z.string(), children: z.number() })),
});
export type CaseloadResponse = z.infer<typeof caseloadResponseSchema>;

export const myWorkResponseSchema = z.object({
  children: z.array(
    z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      status: z.string(),
      nextDeadline: deadlineSchema.nullable(),
    }),
  ),
  tasks: z.array(taskSchema),
  deadlines: z.array(deadlineSchema.extend({ childId: z.string(), childName: z.string() })),
  /** Open visit findings whose deadline is near or past (placement oversight follow-up). */
  findings: z.array(findingReminderSchema),
});
export type MyWork = z.infer<typeof myWorkResponseSchema>;
