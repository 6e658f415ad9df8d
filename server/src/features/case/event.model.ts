import { Schema, Types, type Connection, type Model } from 'mongoose';
import { CASE_EVENT_TYPES, REPORTER_TYPES, URGENCY_LEVELS, type CaseEventType } from '@keha/shared';

/**
 * One version of a case lifecycle event. Events are never edited or deleted: a correction inserts the
 * next version of the same series and turns the earlier one's `current` off (`supersededBy` points at
 * the correction). Calendar dates are stored as `YYYY-MM-DD` strings: they are days in Finland, not
 * instants, and ISO strings sort correctly.
 */
export interface CaseEventDocument {
  childId: Types.ObjectId;
  seriesId: Types.ObjectId;
  version: number;
  current: boolean;
  supersededBy?: Types.ObjectId;
  type: CaseEventType;
  date: string;
  details: {
    reporterType?: (typeof REPORTER_TYPES)[number];
    content?: string;
    urgency?: (typeof URGENCY_LEVELS)[number];
    extensionDays?: number;
    decidedById?: Types.ObjectId;
    summary?: string;
  };
  links: { kind: string; id: string; label?: string }[];
  authorId: Types.ObjectId;
  authorName: string;
  correctionReason?: string;
  createdAt: Date;
  updatedAt: Date;
}

export type StoredCaseEvent = CaseEventDocument & { _id: Types.ObjectId };

const linkSchema = new Schema(
  {
    kind: { type: String, required: true, enum: ['document', 'meeting', 'plan', 'placement', 'event'] },
    id: { type: String, required: true, maxlength: 200 },
    label: { type: String, maxlength: 200 },
  },
  { _id: false, strict: 'throw' },
);

const eventSchema = new Schema<CaseEventDocument>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true },
    seriesId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true, min: 1 },
    current: { type: Boolean, required: true },
    supersededBy: { type: Schema.Types.ObjectId },
    type: { type: String, enum: CASE_EVENT_TYPES, required: true },
    date: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    details: {
      reporterType: { type: String, enum: REPORTER_TYPES },
      content: { type: String, maxlength: 10_000 },
      urgency: { type: String, enum: URGENCY_LEVELS },
      extensionDays: { type: Number, min: 1, max: 30 },
      decidedById: { type: Schema.Types.ObjectId, ref: 'User' },
      summary: { type: String, maxlength: 10_000 },
    },
    links: { type: [linkSchema], default: [] },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    authorName: { type: String, required: true },
    correctionReason: { type: String, maxlength: 2000 },
  },
  { timestamps: true, strict: 'throw' },
);
// The child's current events, newest first, and the timeline's cursor pages over them.
eventSchema.index({ childId: 1, current: 1, date: -1, _id: -1 });
// One version number per series: two concurrent corrections of the same version cannot both win.
eventSchema.index({ seriesId: 1, version: 1 }, { unique: true });

export function caseEventModel(connection: Connection): Model<CaseEventDocument> {
  return connection.models['CaseEvent'] ?? connection.model<CaseEventDocument>('CaseEvent', eventSchema);
}
