import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';
import { calendarDateSchema } from '../deadlines/events.js';

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;

export const taskInputSchema = z.strictObject({
  title: z.string().trim().min(3).max(500),
  ownerId: objectIdSchema,
  dueDate: calendarDateSchema,
  goalId: z.string().trim().max(40).optional(),
  meetingId: z.string().trim().max(40).optional(),
});
export type TaskInput = z.input<typeof taskInputSchema>;

export const taskUpdateSchema = z.strictObject({
  status: z.enum(TASK_STATUSES).optional(),
  dueDate: calendarDateSchema.optional(),
  ownerId: objectIdSchema.optional(),
});

export const taskSchema = z.object({
  id: z.string(),
  childId: z.string(),
  childName: z.string().optional(),
  title: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueDate: calendarDateSchema,
  status: z.enum(TASK_STATUSES),
  goalId: z.string().optional(),
  meetingId: z.string().optional(),
  createdAt: z.string(),
});
export type Task = z.infer<typeof taskSchema>;
