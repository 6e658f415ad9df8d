import { z } from 'zod';
import { calendarDateSchema } from '../deadlines/events.js';

/** Asiakassuunnitelma (LSL 30 §): goals, the visit interval for a placed child, and the review date. */
export const GOAL_STATUSES = ['open', 'in_progress', 'achieved', 'discontinued'] as const;

export const planGoalInputSchema = z.strictObject({
  /** Kept across plan versions so tasks and therapy goals can link to a goal. */
  id: z.string().trim().min(1).max(40).optional(),
  text: z.string().trim().min(3).max(2000),
  /** Who works on it: a user id or a name (the family, a school). */
  owner: z.string().trim().min(1).max(200),
  targetDate: calendarDateSchema,
  status: z.enum(GOAL_STATUSES).default('open'),
});

export const clientPlanInputSchema = z
  .strictObject({
    date: calendarDateSchema,
    reviewDate: calendarDateSchema,
    goals: z.array(planGoalInputSchema).min(1, 'A plan needs at least one goal.').max(30),
    /** Planned visit interval in days for a placed child (LSL 29 §, 53 §). */
    plannedVisitIntervalDays: z.number().int().min(7).max(365).optional(),
    services: z.string().trim().max(5000).optional(),
  })
  .superRefine((plan, ctx) => {
    if (plan.reviewDate < plan.date)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDate'],
        message: 'The review date is before the plan date.',
      });
  });
export type ClientPlanInput = z.input<typeof clientPlanInputSchema>;

export const planGoalSchema = z.object({
  id: z.string(),
  text: z.string(),
  owner: z.string(),
  targetDate: calendarDateSchema,
  status: z.enum(GOAL_STATUSES),
});
export type PlanGoal = z.infer<typeof planGoalSchema>;

export const clientPlanSchema = z.object({
  id: z.string(),
  childId: z.string(),
  version: z.number().int(),
  date: calendarDateSchema,
  reviewDate: calendarDateSchema,
  goals: z.array(planGoalSchema),
  plannedVisitIntervalDays: z.number().optional(),
  services: z.string().optional(),
  authorId: z.string(),
  authorName: z.string(),
  recordedAt: z.string(),
});
export type ClientPlan = z.infer<typeof clientPlanSchema>;
