import { Schema, Types, type Connection, type Model } from 'mongoose';
import { CHILD_VIEW_METHODS } from '@keha/shared';

/** LSL 20 §: the child's view in the child's words and how it was obtained, or why it was not. */
export interface ChildViewDocument {
  childId: Types.ObjectId;
  date: string;
  askedById: Types.ObjectId;
  askedByName: string;
  method?: (typeof CHILD_VIEW_METHODS)[number];
  words?: string;
  effectOnDecisions?: string;
  notObtainedReason?: string;
  createdAt: Date;
  updatedAt: Date;
}

export type StoredChildView = ChildViewDocument & { _id: Types.ObjectId };

const childViewSchema = new Schema<ChildViewDocument>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true },
    date: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    askedById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    askedByName: { type: String, required: true },
    method: { type: String, enum: CHILD_VIEW_METHODS },
    words: { type: String, maxlength: 10_000 },
    effectOnDecisions: { type: String, maxlength: 5000 },
    notObtainedReason: { type: String, maxlength: 2000 },
  },
  { timestamps: true, strict: 'throw' },
);
// Newest first (the latest view on the picture) and the timeline's cursor pages.
childViewSchema.index({ childId: 1, date: -1, _id: -1 });

export function childViewModel(connection: Connection): Model<ChildViewDocument> {
  return connection.models['ChildView'] ?? connection.model<ChildViewDocument>('ChildView', childViewSchema);
}
