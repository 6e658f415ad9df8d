import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';
import { GOAL_STATUSES } from '../case/client-plan-api.js';
import { calendarDateSchema } from '../deadlines/events.js';

/**
 * A family-therapy plan (domain.md §2): a sub-plan of the children's client plans (LSL 30 §), owned by
 * the team's family therapist, read and commented on by the team. Every change is a new version.
 */
export const THERAPY_PLAN_STATUSES = ['draft', 'active', 'under_review', 'closed'] as const;
export type TherapyPlanStatus = (typeof THERAPY_PLAN_STATUSES)[number];

/** draft -> active -> under review -> closed; a review may also send the plan back to active work. */
export const THERAPY_PLAN_TRANSITIONS: Record<TherapyPlanStatus, readonly TherapyPlanStatus[]> = {
  draft: ['active'],
  active: ['under_review'],
  under_review: ['active', 'closed'],
  closed: [],
};

export const THERAPY_METHODS = [
  'genogram_work',
  'circular_questions',
  'reflecting_team',
  'network_meeting',
  'family_sculpture',
  'narrative_work',
  'solution_focused',
  'psychoeducation',
  'other',
] as const;
export type TherapyMethod = (typeof THERAPY_METHODS)[number];
export const SESSION_SETTINGS = ['home', 'office', 'online'] as const;
export const SESSION_FREQUENCIES = ['weekly', 'every_two_weeks', 'every_three_weeks', 'monthly'] as const;
export type SessionFrequency = (typeof SESSION_FREQUENCIES)[number];
/** Days between sessions, for estimating when the 4th session falls before it is logged. */
export const SESSION_INTERVAL_DAYS: Record<SessionFrequency, number> = {
  weekly: 7,
  every_two_weeks: 14,
  every_three_weeks: 21,
  monthly: 28,
};
/** SCORE-15 administration points that can be scheduled (usual practice: first, ~4th session, 6 months). */
export const MEASUREMENT_SCHEDULE_POINTS = ['baseline', 'session_4', 'six_months', 'end'] as const;
export type MeasurementSchedulePoint = (typeof MEASUREMENT_SCHEDULE_POINTS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const uniqueIds = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const progressNoteSchema = z.strictObject({ date: calendarDateSchema, text: text(2000) });

export const therapyGoalInputSchema = z.strictObject({
  /** Kept across versions; a goal without an id is new. */
  id: z.string().trim().min(1).max(40).optional(),
  text: z.string().trim().min(3).max(2000),
  reviewDate: calendarDateSchema,
  status: z.enum(GOAL_STATUSES).default('open'),
  progressNotes: z.array(progressNoteSchema).max(100).default([]),
});

export const participantSchema = z.strictObject({
  name: text(200),
  /** Mother, father, school nurse, the social worker... */
  role: z.string().trim().max(200).optional(),
  /** A person of the family's genogram, when the participant is one. */
  personId: objectIdSchema.optional(),
});

/** Everything the therapist writes; a new version carries all of it again. */
export const therapyPlanContentSchema = z
  .strictObject({
    childIds: z
      .array(objectIdSchema)
      .min(1, 'Name at least one child.')
      .max(12)
      .refine(uniqueIds, 'A child is listed twice.'),
    /** Goals of the children's client plans this plan serves. */
    clientPlanGoals: z
      .array(z.strictObject({ childId: objectIdSchema, goalId: text(40) }))
      .max(30)
      .default([]),
    startDate: calendarDateSchema,
    referralQuestion: z.strictObject({ familyWords: text(3000).optional(), professionalWords: text(3000) }),
    agreedFocus: z.strictObject({ familyWords: text(3000).optional(), professionalWords: text(3000) }),
    participants: z.array(participantSchema).max(30).default([]),
    goals: z.array(therapyGoalInputSchema).max(20).default([]),
    strengths: z.string().trim().max(5000).optional(),
    plannedSessions: z.strictObject({
      count: z.number().int().min(1).max(100),
      frequency: z.enum(SESSION_FREQUENCIES),
      settings: z
        .array(z.enum(SESSION_SETTINGS))
        .min(1)
        .max(3)
        .refine(uniqueIds, 'A setting is listed twice.'),
    }),
    methods: z
      .array(z.enum(THERAPY_METHODS))
      .max(THERAPY_METHODS.length)
      .refine(uniqueIds, 'A method is listed twice.')
      .default([]),
    otherMethod: z.string().trim().max(500).optional(),
    measurementSchedule: z
      .array(z.enum(MEASUREMENT_SCHEDULE_POINTS))
      .max(4)
      .refine(uniqueIds, 'A point is listed twice.')
      .default([...MEASUREMENT_SCHEDULE_POINTS]),
    estimatedDurationMonths: z.number().int().min(1).max(36),
    dissentingViews: z.string().trim().max(5000).optional(),
    /** The child's view in the child's words (LSL 20 §), per child of the plan. */
    childViews: z
      .array(z.strictObject({ childId: objectIdSchema, words: text(5000) }))
      .max(12)
      .default([]),
  })
  .superRefine((plan, ctx) => {
    const children = new Set(plan.childIds);
    const outside = (path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', path, message: 'This child is not one of the plan’s children.' });
    plan.clientPlanGoals.forEach(
      (g, i) => children.has(g.childId) || outside(['clientPlanGoals', i, 'childId']),
    );
    plan.childViews.forEach((v, i) => children.has(v.childId) || outside(['childViews', i, 'childId']));
    plan.goals.forEach((goal, i) => {
      if (goal.reviewDate < plan.startDate)
        ctx.addIssue({
          code: 'custom',
          path: ['goals', i, 'reviewDate'],
          message: 'The review date is before the plan starts.',
        });
    });
    if (plan.methods.includes('other') && !plan.otherMethod)
      ctx.addIssue({ code: 'custom', path: ['otherMethod'], message: 'Name the other method.' });
  });
export type TherapyPlanContentInput = z.input<typeof therapyPlanContentSchema>;
export type TherapyPlanContent = z.infer<typeof therapyPlanContentSchema>;

/** `POST /therapy-plans`: a new plan starts as a draft. */
export const therapyPlanCreateSchema = z.strictObject({
  familyId: objectIdSchema,
  plan: therapyPlanContentSchema,
});
export type TherapyPlanCreateInput = z.input<typeof therapyPlanCreateSchema>;

/** `PUT /therapy-plans/{id}`: the next version; `baseVersion` guards against overwriting a newer one. */
export const therapyPlanUpdateSchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  changeNote: z.string().trim().max(1000).optional(),
  plan: therapyPlanContentSchema,
});
export type TherapyPlanUpdateInput = z.input<typeof therapyPlanUpdateSchema>;

/** `POST /therapy-plans/{id}/status`. */
export const therapyPlanTransitionSchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  to: z.enum(THERAPY_PLAN_STATUSES),
  note: z.string().trim().max(2000).optional(),
});

export const therapyPlanListQuerySchema = z
  .strictObject({ familyId: objectIdSchema.optional(), childId: objectIdSchema.optional() })
  .refine((q) => Boolean(q.familyId) !== Boolean(q.childId), { message: 'Give either familyId or childId.' });

export const statusChangeSchema = z.object({
  from: z.enum(THERAPY_PLAN_STATUSES).nullable(),
  to: z.enum(THERAPY_PLAN_STATUSES),
  at: z.string(),
  byId: z.string(),
  byName: z.string(),
  note: z.string().optional(),
});

const goalSchema = z.object({
  id: z.string(),
  text: z.string(),
  reviewDate: calendarDateSchema,
  status: z.enum(GOAL_STATUSES),
  progressNotes: z.array(z.object({ date: calendarDateSchema, text: z.string() })),
});

/** One version of a plan; `id` is the plan's (stable), `versionId` this version's. */
export const therapyPlanSchema = z.object({
  id: z.string(),
  versionId: z.string(),
  version: z.number().int(),
  current: z.boolean(),
  familyId: z.string(),
  familyName: z.string(),
  children: z.array(z.object({ id: z.string(), name: z.string() })),
  status: z.enum(THERAPY_PLAN_STATUSES),
  statusHistory: z.array(statusChangeSchema),
  therapistId: z.string(),
  therapistName: z.string(),
  childIds: z.array(z.string()),
  clientPlanGoals: z.array(z.object({ childId: z.string(), goalId: z.string() })),
  startDate: calendarDateSchema,
  referralQuestion: z.object({ familyWords: z.string().optional(), professionalWords: z.string() }),
  agreedFocus: z.object({ familyWords: z.string().optional(), professionalWords: z.string() }),
  participants: z.array(
    z.object({ name: z.string(), role: z.string().optional(), personId: z.string().optional() }),
  ),
  goals: z.array(goalSchema),
  strengths: z.string().optional(),
  plannedSessions: z.object({
    count: z.number().int(),
    frequency: z.enum(SESSION_FREQUENCIES),
    settings: z.array(z.enum(SESSION_SETTINGS)),
  }),
  methods: z.array(z.enum(THERAPY_METHODS)),
  otherMethod: z.string().optional(),
  measurementSchedule: z.array(z.enum(MEASUREMENT_SCHEDULE_POINTS)),
  estimatedDurationMonths: z.number().int(),
  dissentingViews: z.string().optional(),
  childViews: z.array(z.object({ childId: z.string(), words: z.string() })),
  changeNote: z.string().optional(),
  authorId: z.string(),
  authorName: z.string(),
  recordedAt: z.string(),
});
export type TherapyPlan = z.infer<typeof therapyPlanSchema>;
export const therapyPlanListSchema = z.object({ items: z.array(therapyPlanSchema) });

export const therapyCommentInputSchema = z.strictObject({ text: z.string().trim().min(1).max(5000) });
export const therapyCommentSchema = z.object({
  id: z.string(),
  planId: z.string(),
  /** The version the comment was written on. */
  planVersion: z.number().int(),
  authorId: z.string(),
  authorName: z.string(),
  authorRoles: z.array(z.string()),
  text: z.string(),
  createdAt: z.string(),
});
export type TherapyComment = z.infer<typeof therapyCommentSchema>;
