import { Schema, Types, type Connection, type Model } from 'mongoose';
import type { Minutes } from '@keha/shared';

/** Every version of a meeting's minutes, never changed once written (an addendum makes the next). */
export interface MinutesVersionDocument {
  meetingId: Types.ObjectId;
  version: number;
  minutes: Minutes;
  createdAt: Date;
}

const minutesVersionSchema = new Schema<MinutesVersionDocument>(
  {
    meetingId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true },
    minutes: { type: Schema.Types.Mixed, required: true },
  },
  // minimize: false keeps empty objects (an item with no text sections) as the contract has them.
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw', minimize: false },
);
minutesVersionSchema.index({ meetingId: 1, version: 1 }, { unique: true });

export function minutesVersionModel(connection: Connection): Model<MinutesVersionDocument> {
  return (
    connection.models['MeetingMinutesVersion'] ??
    connection.model<MinutesVersionDocument>('MeetingMinutesVersion', minutesVersionSchema)
  );
}

/**
 * A child's part of a meeting as filed to the child's timeline (kind `meeting`): the minutes when
 * finalised (code `minutes`), then one entry per addendum about the child (code `addendum`).
 */
export interface MeetingRecordDocument {
  childId: Types.ObjectId;
  meetingId: Types.ObjectId;
  version: number;
  code: 'minutes' | 'addendum';
  /** The meeting's date (minutes) or the day of the addendum: where it sits on the timeline. */
  date: string;
  text: string;
  authorName: string;
  createdAt: Date;
}

const meetingRecordSchema = new Schema<MeetingRecordDocument>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true },
    meetingId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true },
    code: { type: String, enum: ['minutes', 'addendum'], required: true },
    date: { type: String, required: true },
    text: { type: String, required: true },
    authorName: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw' },
);
meetingRecordSchema.index({ childId: 1, date: -1, _id: -1 });
meetingRecordSchema.index({ meetingId: 1, childId: 1, version: 1 }, { unique: true });

export function meetingRecordModel(connection: Connection): Model<MeetingRecordDocument> {
  return (
    connection.models['MeetingRecord'] ??
    connection.model<MeetingRecordDocument>('MeetingRecord', meetingRecordSchema)
  );
}
