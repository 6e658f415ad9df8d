import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { CHILD_STATUSES, type CalendarDate, type ChildStatus } from '@keha/shared';

/** One computed deadline as stored; its status is not stored (it depends on today). */
export interface StoredDeadline {
  ruleId: string;
  ruleVersion: number;
  legalReference: string;
  obligation: string;
  triggerEventId: string;
  dueDate: CalendarDate;
  metByEventId: string | null;
  metOn: CalendarDate | null;
}

/**
 * The statutory deadlines of one child (`_id` is the child's id), recomputed by
 * `refreshDeadlineProjection` in every write path that changes an input of the rules: the child's
 * current case events, the latest client plan's visit interval, the date of birth, the named social
 * worker and team. The supervisor dashboards read these small documents instead of every event;
 * team deadlines and my work read the full lists (`DeadlineListDocument`).
 */
export interface DeadlineProjectionDocument {
  _id: Types.ObjectId;
  teamId: Types.ObjectId;
  workerId: Types.ObjectId;
  childStatus: ChildStatus;
  dateOfBirth: CalendarDate;
  /** `DEADLINE_RULES_FINGERPRINT` when computed: a change of the rules makes the startup check rebuild. */
  rules: string;
  computedAt: Date;
  /** The unmet deadlines, whole: what the dashboards count by rule and due date, and what team
   * deadlines and my work show. */
  open: StoredDeadline[];
  /** The met 3-month assessment deadlines (THL's share of assessments completed in time). */
  assessments: { dueDate: CalendarDate; metOn: CalendarDate }[];
  /** The stamp of the computation stored here (deadline-stamps.ts). */
  storedStamp?: number;
}

/**
 * Every deadline of the child, met or open (`_id` is the child's id), written with the summary above.
 * Kept apart so that the dashboards' documents stay small: a long placement has a met visit deadline
 * for every visit, and the engine reads whole documents before a pipeline's first projection.
 */
export interface DeadlineListDocument {
  _id: Types.ObjectId;
  rules: string;
  deadlines: StoredDeadline[];
  /** The child's counter of computations, and the stamp of the one stored here (deadline-stamps.ts). */
  stamp?: number;
  storedStamp?: number;
}

const deadlineSchema = new Schema<StoredDeadline>(
  {
    ruleId: { type: String, required: true },
    ruleVersion: { type: Number, required: true },
    legalReference: { type: String, required: true },
    obligation: { type: String, required: true },
    triggerEventId: { type: String, required: true },
    dueDate: { type: String, required: true },
    metByEventId: { type: String, default: null },
    metOn: { type: String, default: null },
  },
  { _id: false },
);

const projectionSchema = new Schema<DeadlineProjectionDocument>(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    teamId: { type: Schema.Types.ObjectId, required: true },
    workerId: { type: Schema.Types.ObjectId, required: true },
    childStatus: { type: String, enum: CHILD_STATUSES, required: true },
    dateOfBirth: { type: String, required: true },
    rules: { type: String, required: true },
    computedAt: { type: Date, required: true },
    open: { type: [deadlineSchema], default: [] },
    assessments: {
      type: [new Schema({ dueDate: String, metOn: String }, { _id: false })],
      default: [],
    },
    storedStamp: Number,
  },
  { strict: 'throw', collection: 'childdeadlines', versionKey: false },
);

const listSchema = new Schema<DeadlineListDocument>(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    rules: { type: String, required: true },
    deadlines: { type: [deadlineSchema], default: [] },
    stamp: Number,
    storedStamp: Number,
  },
  { strict: 'throw', collection: 'childdeadlinelists', versionKey: false },
);

export function deadlineListModel(connection: Connection): Model<DeadlineListDocument> {
  return (
    connection.models['ChildDeadlineList'] ??
    connection.model<DeadlineListDocument>('ChildDeadlineList', listSchema)
  );
}
// The dashboards read a team's (or a worker's) documents and unwind their open deadlines; a rule and
// due-date drill-down across teams uses the multikey due-date index. (A compound index over two fields
// of `open` is what MongoDB allows, but the embedded engine refuses it as parallel arrays.)
projectionSchema.index({ teamId: 1, workerId: 1 });
projectionSchema.index({ workerId: 1 });
projectionSchema.index({ 'open.dueDate': 1 });
projectionSchema.index({ rules: 1 });

export function deadlineProjectionModel(connection: Connection): Model<DeadlineProjectionDocument> {
  return (
    connection.models['ChildDeadlines'] ??
    connection.model<DeadlineProjectionDocument>('ChildDeadlines', projectionSchema)
  );
}
