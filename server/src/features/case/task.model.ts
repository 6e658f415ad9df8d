import { Schema, Types, type Connection, type Model } from 'mongoose';
import { TASK_STATUSES, type Task } from '@keha/shared';

/** An action point about a child (owner, due date, optionally a plan goal or the meeting it came from). */
export interface TaskDocument {
  childId: Types.ObjectId;
  title: string;
  ownerId: Types.ObjectId;
  dueDate: string;
  status: Task['status'];
  goalId?: string;
  meetingId?: string;
  /** The day (Europe/Helsinki) the task was recorded: where it sits on the timeline. */
  date: string;
  createdById: Types.ObjectId;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
}

export type StoredTask = TaskDocument & { _id: Types.ObjectId };

const dateField = { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ } as const;

const taskSchema = new Schema<TaskDocument>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true },
    title: { type: String, required: true, maxlength: 500 },
    ownerId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    dueDate: dateField,
    status: { type: String, enum: TASK_STATUSES, required: true, default: 'open' },
    goalId: { type: String, maxlength: 40 },
    meetingId: { type: String, maxlength: 40 },
    date: dateField,
    createdById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    createdByName: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
// A child's open tasks by due date; a worker's own open tasks (my work); the timeline's cursor pages;
// every open task past its due date (the supervisors' overdue action points, without a scan).
taskSchema.index({ childId: 1, status: 1, dueDate: 1 });
taskSchema.index({ ownerId: 1, status: 1, dueDate: 1 });
taskSchema.index({ childId: 1, date: -1, _id: -1 });
taskSchema.index({ status: 1, dueDate: 1 });

export function taskModel(connection: Connection): Model<TaskDocument> {
  return connection.models['Task'] ?? connection.model<TaskDocument>('Task', taskSchema);
}
