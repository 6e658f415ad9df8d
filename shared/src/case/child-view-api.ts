import { z } from 'zod';
import { calendarDateSchema } from '../deadlines/events.js';

/** LSL 20 §: the child's view, in the child's words, and what it changed; or why it was not obtained. */
export const CHILD_VIEW_METHODS = [
  'conversation_alone',
  'conversation_with_parent',
  'drawing_or_play',
  'observation',
  'written',
  'other',
] as const;

export const childViewInputSchema = z
  .strictObject({
    date: calendarDateSchema,
    method: z.enum(CHILD_VIEW_METHODS).optional(),
    words: z.string().trim().max(10_000).optional(),
    effectOnDecisions: z.string().trim().max(5000).optional(),
    notObtainedReason: z.string().trim().max(2000).optional(),
  })
  .superRefine((view, ctx) => {
    if (!view.words && !view.notObtainedReason)
      ctx.addIssue({
        code: 'custom',
        path: ['words'],
        message: "Write the child's words, or why the view could not be obtained.",
      });
    if (view.words && !view.method)
      ctx.addIssue({ code: 'custom', path: ['method'], message: 'How was the view obtained?' });
  });
export type ChildViewInput = z.input<typeof childViewInputSchema>;

export const childViewSchema = z.object({
  id: z.string(),
  childId: z.string(),
  date: calendarDateSchema,
  askedById: z.string(),
  askedByName: z.string(),
  method: z.enum(CHILD_VIEW_METHODS).optional(),
  words: z.string().optional(),
  effectOnDecisions: z.string().optional(),
  notObtainedReason: z.string().optional(),
  recordedAt: z.string(),
});
export type ChildView = z.infer<typeof childViewSchema>;

/** Signs of Safety: danger statements and safety goals, and 0-10 scaling per participant. */
export const SAFETY_STATEMENT_KINDS = ['danger', 'safety_goal', 'worry', 'working_well'] as const;

export const safetyStatementInputSchema = z.strictObject({
  kind: z.enum(SAFETY_STATEMENT_KINDS),
  text: z.string().trim().min(3).max(5000),
  date: calendarDateSchema,
});
export const safetyStatementSchema = safetyStatementInputSchema.extend({
  id: z.string(),
  childId: z.string(),
  authorName: z.string(),
  recordedAt: z.string(),
});
export type SafetyStatement = z.infer<typeof safetyStatementSchema>;

/** 0 = the child cannot live at home safely; 10 = safe enough to close the case (the anchor wording). */
export const safetyScoreInputSchema = z.strictObject({
  date: calendarDateSchema,
  participant: z.string().trim().min(1).max(200),
  participantRole: z.string().trim().max(100).optional(),
  score: z.number().int().min(0).max(10),
  note: z.string().trim().max(2000).optional(),
});
export const safetyScoreSchema = safetyScoreInputSchema.extend({
  id: z.string(),
  childId: z.string(),
  recordedAt: z.string(),
});
export type SafetyScore = z.infer<typeof safetyScoreSchema>;
