import { Schema, Types, type Connection, type Model } from 'mongoose';
import { THERAPY_PLAN_STATUSES, type TherapyPlanContent, type TherapyPlanStatus } from '@keha/shared';

/** A goal as stored: the id is assigned by the server and kept across versions. */
export type StoredTherapyGoal = TherapyPlanContent['goals'][number] & { id: string };
export type StoredPlanContent = Omit<TherapyPlanContent, 'goals'> & { goals: StoredTherapyGoal[] };

export interface StatusChange {
  from: TherapyPlanStatus | null;
  to: TherapyPlanStatus;
  at: Date;
  byId: Types.ObjectId;
  byName: string;
  note?: string;
}

/**
 * One version of a family-therapy plan (domain.md §2). A change (content or status) inserts the next
 * version and turns `current` off on the one before, in one transaction; earlier versions stay
 * readable as they were. `planId` is the id of version 1 and names the plan across versions.
 */
export interface TherapyPlanDocument {
  planId: Types.ObjectId;
  version: number;
  current: boolean;
  familyId: Types.ObjectId;
  teamId: Types.ObjectId;
  /** Also inside `content`; kept as ids here so that a child's plans are one indexed query. */
  childIds: Types.ObjectId[];
  status: TherapyPlanStatus;
  statusHistory: StatusChange[];
  /** The family therapist who made the plan: their work list shows its reminders. */
  therapistId: Types.ObjectId;
  therapistName: string;
  /** Validated by the shared zod schema (`therapyPlanContentSchema`) before it is stored. */
  content: StoredPlanContent;
  changeNote?: string;
  authorId: Types.ObjectId;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

export type StoredTherapyPlan = TherapyPlanDocument & { _id: Types.ObjectId };

const statusChangeSchema = new Schema<StatusChange>(
  {
    from: { type: String, enum: [...THERAPY_PLAN_STATUSES, null], default: null },
    to: { type: String, enum: THERAPY_PLAN_STATUSES, required: true },
    at: { type: Date, required: true },
    byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    byName: { type: String, required: true },
    note: { type: String, maxlength: 2000 },
  },
  { _id: false, strict: 'throw' },
);

const planSchema = new Schema<TherapyPlanDocument>(
  {
    planId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true, min: 1 },
    current: { type: Boolean, required: true },
    familyId: { type: Schema.Types.ObjectId, ref: 'Family', required: true },
    teamId: { type: Schema.Types.ObjectId, ref: 'Team', required: true },
    childIds: { type: [Schema.Types.ObjectId], ref: 'Child', required: true },
    status: { type: String, enum: THERAPY_PLAN_STATUSES, required: true },
    statusHistory: { type: [statusChangeSchema], required: true },
    therapistId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    therapistName: { type: String, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    changeNote: { type: String, maxlength: 1000 },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    authorName: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw', minimize: false },
);
// Versions of a plan (unique: two concurrent saves cannot both become version n).
planSchema.index({ planId: 1, version: -1 }, { unique: true });
// The current plans of a family, of a child, and of a therapist's work list.
planSchema.index({ familyId: 1, current: 1 });
planSchema.index({ childIds: 1, current: 1 });
planSchema.index({ therapistId: 1, current: 1, status: 1 });

export function therapyPlanModel(connection: Connection): Model<TherapyPlanDocument> {
  return connection.models['TherapyPlan'] ?? connection.model<TherapyPlanDocument>('TherapyPlan', planSchema);
}

/** A team member's comment on a plan; comments are added, never changed. */
export interface TherapyCommentDocument {
  planId: Types.ObjectId;
  planVersion: number;
  authorId: Types.ObjectId;
  authorName: string;
  authorRoles: string[];
  text: string;
  createdAt: Date;
}

const commentSchema = new Schema<TherapyCommentDocument>(
  {
    planId: { type: Schema.Types.ObjectId, required: true, index: true },
    planVersion: { type: Number, required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    authorName: { type: String, required: true },
    authorRoles: { type: [String], required: true },
    text: { type: String, required: true, maxlength: 5000 },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw' },
);

export function therapyCommentModel(connection: Connection): Model<TherapyCommentDocument> {
  return (
    connection.models['TherapyComment'] ??
    connection.model<TherapyCommentDocument>('TherapyComment', commentSchema)
  );
}
