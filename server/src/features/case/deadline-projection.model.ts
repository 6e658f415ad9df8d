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
 * worker and team. Reads (team deadlines, my work, the supervisor dashboards) then read small
 * documents instead of every event. `open` repeats the unmet deadlines for the dashboard's indexes.
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
  deadlines: StoredDeadline[];
  open: { ruleId: string; dueDate: CalendarDate }[];
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
    deadlines: { type: [deadlineSchema], default: [] },
    open: {
      type: [new Schema({ ruleId: String, dueDate: String }, { _id: false })],
      default: [],
    },
  },
  { strict: 'throw', collection: 'childdeadlines', versionKey: false },
);
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
