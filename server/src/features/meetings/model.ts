import { Schema, Types, type Connection, type Model } from 'mongoose';
import { AGENDA_ITEM_KINDS, MEETING_ROLES, MEETING_STATUSES, type MeetingStatus } from '@keha/shared';

/** An agenda item as stored: the union of the kinds' fields (see agendaItemSchema in shared). */
export interface StoredAgendaItem {
  id: string;
  kind: (typeof AGENDA_ITEM_KINDS)[number];
  childIds?: Types.ObjectId[];
  presentingWorkerId?: Types.ObjectId;
  question?: string;
  title?: string;
  /** The urgent round as pulled from the case records when the agenda was last saved. */
  entries?: Record<string, unknown>[];
}

export interface MeetingDocument {
  teamId: Types.ObjectId;
  date: string;
  startTime?: string;
  status: MeetingStatus;
  attendees: { userId: Types.ObjectId; role: (typeof MEETING_ROLES)[number] }[];
  agenda: StoredAgendaItem[];
  /** Every child on the agenda: the access decisions and the child's access log are about them. */
  childIds: Types.ObjectId[];
  minutesVersion: number;
  finalisedAt?: Date;
  finalisedById?: Types.ObjectId;
  finalisedByName?: string;
  createdById: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}
export type StoredMeeting = MeetingDocument & { _id: Types.ObjectId };

const agendaItemSchema = new Schema<StoredAgendaItem>(
  {
    id: { type: String, required: true },
    kind: { type: String, enum: AGENDA_ITEM_KINDS, required: true },
    childIds: { type: [Schema.Types.ObjectId], default: undefined },
    presentingWorkerId: Schema.Types.ObjectId,
    question: String,
    title: String,
    entries: { type: [Schema.Types.Mixed], default: undefined },
  },
  { _id: false },
);

const meetingSchema = new Schema<MeetingDocument>(
  {
    teamId: { type: Schema.Types.ObjectId, ref: 'Team', required: true },
    date: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    startTime: String,
    status: { type: String, enum: MEETING_STATUSES, required: true, default: 'draft' },
    attendees: [
      new Schema(
        {
          userId: { type: Schema.Types.ObjectId, required: true },
          role: { type: String, enum: MEETING_ROLES },
        },
        { _id: false },
      ),
    ],
    agenda: [agendaItemSchema],
    childIds: [Schema.Types.ObjectId],
    minutesVersion: { type: Number, required: true, default: 0 },
    finalisedAt: Date,
    finalisedById: Schema.Types.ObjectId,
    finalisedByName: String,
    createdById: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
meetingSchema.index({ teamId: 1, date: -1 });
meetingSchema.index({ childIds: 1, date: -1 });

export function meetingModel(connection: Connection): Model<MeetingDocument> {
  return connection.models['Meeting'] ?? connection.model<MeetingDocument>('Meeting', meetingSchema);
}
