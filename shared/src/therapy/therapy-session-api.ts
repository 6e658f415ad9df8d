import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';
import { calendarDateSchema } from '../deadlines/events.js';
import { participantSchema, THERAPY_METHODS, type TherapyPlanContent } from './therapy-plan-api.js';

/** A session logged against a therapy plan; agreed next steps may become tasks on a child. */
export const nextStepInputSchema = z.strictObject({
  text: z.string().trim().min(3).max(500),
  /** When given, the step also becomes a task on this child of the plan (see `taskInputSchema`). */
  task: z
    .strictObject({ childId: objectIdSchema, ownerId: objectIdSchema, dueDate: calendarDateSchema })
    .optional(),
});

export const therapySessionInputSchema = z
  .strictObject({
    date: calendarDateSchema,
    attendees: z.array(participantSchema).min(1, 'Name who attended.').max(30),
    methods: z.array(z.enum(THERAPY_METHODS)).max(THERAPY_METHODS.length).default([]),
    summary: z.string().trim().min(3).max(10000),
    nextSteps: z.array(nextStepInputSchema).max(20).default([]),
    nextSessionDate: calendarDateSchema.optional(),
  })
  .superRefine((session, ctx) => {
    if (session.nextSessionDate && session.nextSessionDate <= session.date)
      ctx.addIssue({
        code: 'custom',
        path: ['nextSessionDate'],
        message: 'The next session is not after this one.',
      });
    session.nextSteps.forEach((step, i) => {
      if (step.task && step.task.dueDate < session.date)
        ctx.addIssue({
          code: 'custom',
          path: ['nextSteps', i, 'task', 'dueDate'],
          message: 'The task is due before the session.',
        });
    });
    if (new Set(session.methods).size !== session.methods.length)
      ctx.addIssue({ code: 'custom', path: ['methods'], message: 'A method is listed twice.' });
  });
export type TherapySessionInput = z.input<typeof therapySessionInputSchema>;

export const therapySessionSchema = z.object({
  id: z.string(),
  planId: z.string(),
  /** 1 for the first session by date. */
  number: z.number().int(),
  date: calendarDateSchema,
  attendees: z.array(
    z.object({ name: z.string(), role: z.string().optional(), personId: z.string().optional() }),
  ),
  methods: z.array(z.enum(THERAPY_METHODS)),
  summary: z.string(),
  nextSteps: z.array(
    z.object({ text: z.string(), taskId: z.string().optional(), childId: z.string().optional() }),
  ),
  nextSessionDate: calendarDateSchema.optional(),
  authorId: z.string(),
  authorName: z.string(),
  recordedAt: z.string(),
});
export type TherapySession = z.infer<typeof therapySessionSchema>;
export const therapySessionListSchema = z.object({ items: z.array(therapySessionSchema) });

/** What a plan must say before the work starts (draft -> active); as field issues of the plan. */
export function activationIssues(plan: TherapyPlanContent): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (!plan.referralQuestion.familyWords)
    issues.push({
      path: 'referralQuestion.familyWords',
      message: 'Write the referral question in the family’s words.',
    });
  if (!plan.agreedFocus.familyWords)
    issues.push({
      path: 'agreedFocus.familyWords',
      message: 'Write the agreed focus in the family’s words.',
    });
  if (plan.goals.length === 0)
    issues.push({ path: 'goals', message: 'A plan needs at least one goal to start.' });
  if (plan.participants.length === 0) issues.push({ path: 'participants', message: 'Name who takes part.' });
  return issues;
}
