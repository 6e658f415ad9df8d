import { Schema, Types, type Connection, type Model } from 'mongoose';
import { SAFETY_STATEMENT_KINDS } from '@keha/shared';

/** Signs of Safety statements (danger statement, safety goal, worries, what works) about a child. */
export interface SafetyStatementDocument {
  childId: Types.ObjectId;
  kind: (typeof SAFETY_STATEMENT_KINDS)[number];
  text: string;
  date: string;
  authorId: Types.ObjectId;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One participant's 0-10 safety scale (0 = not safe at home now, 10 = safe enough to close). */
export interface SafetyScoreDocument {
  childId: Types.ObjectId;
  date: string;
  participant: string;
  participantRole?: string;
  score: number;
  note?: string;
  authorId: Types.ObjectId;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

export type StoredSafetyStatement = SafetyStatementDocument & { _id: Types.ObjectId };
export type StoredSafetyScore = SafetyScoreDocument & { _id: Types.ObjectId };

const dateField = { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ } as const;

const statementSchema = new Schema<SafetyStatementDocument>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true },
    kind: { type: String, enum: SAFETY_STATEMENT_KINDS, required: true },
    text: { type: String, required: true, maxlength: 5000 },
    date: dateField,
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    authorName: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
statementSchema.index({ childId: 1, date: -1, _id: -1 });

const scoreSchema = new Schema<SafetyScoreDocument>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true },
    date: dateField,
    participant: { type: String, required: true, maxlength: 200 },
    participantRole: { type: String, maxlength: 100 },
    score: { type: Number, required: true, min: 0, max: 10 },
    note: { type: String, maxlength: 2000 },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    authorName: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
scoreSchema.index({ childId: 1, date: -1, _id: -1 });

export function safetyStatementModel(connection: Connection): Model<SafetyStatementDocument> {
  return (
    connection.models['SafetyStatement'] ??
    connection.model<SafetyStatementDocument>('SafetyStatement', statementSchema)
  );
}

export function safetyScoreModel(connection: Connection): Model<SafetyScoreDocument> {
  return (
    connection.models['SafetyScore'] ?? connection.model<SafetyScoreDocument>('SafetyScore', scoreSchema)
  );
}
