import { Schema, Types, type Connection, type Model } from 'mongoose';
import { GOAL_STATUSES, type PlanGoal } from '@keha/shared';

/**
 * One version of the child's client plan (asiakassuunnitelma, LSL 30 §). A change is a new version;
 * earlier versions stay as they were. Goal ids are kept across versions so that tasks and therapy
 * goals can link to a goal (stored as `goalId`: `id` is a mongoose virtual).
 */
export interface ClientPlanDocument {
  childId: Types.ObjectId;
  version: number;
  date: string;
  reviewDate: string;
  goals: (Omit<PlanGoal, 'id'> & { goalId: string })[];
  plannedVisitIntervalDays?: number;
  services?: string;
  authorId: Types.ObjectId;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

export type StoredClientPlan = ClientPlanDocument & { _id: Types.ObjectId };

const goalSchema = new Schema(
  {
    goalId: { type: String, required: true, maxlength: 40 },
    text: { type: String, required: true, maxlength: 2000 },
    owner: { type: String, required: true, maxlength: 200 },
    targetDate: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    status: { type: String, enum: GOAL_STATUSES, required: true },
  },
  { _id: false, strict: 'throw' },
);

const planSchema = new Schema<ClientPlanDocument>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true },
    version: { type: Number, required: true, min: 1 },
    date: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    reviewDate: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    goals: { type: [goalSchema], required: true },
    plannedVisitIntervalDays: { type: Number, min: 7, max: 365 },
    services: { type: String, maxlength: 5000 },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    authorName: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
// The latest version (and a unique version number: two concurrent saves cannot both be version n).
planSchema.index({ childId: 1, version: -1 }, { unique: true });
// Timeline pages.
planSchema.index({ childId: 1, date: -1, _id: -1 });

export function clientPlanModel(connection: Connection): Model<ClientPlanDocument> {
  return connection.models['ClientPlan'] ?? connection.model<ClientPlanDocument>('ClientPlan', planSchema);
}
