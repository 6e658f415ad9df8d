import { Schema, Types, type Connection, type Model } from 'mongoose';
import { ACCESS_GRANT_KINDS, ACCESS_REVIEW_OUTCOMES, type AccessGrantKind } from '@keha/shared';

/**
 * A reasoned, time-limited access to one child's record (break-the-glass, or a supervisor opening a
 * record). Every grant is flagged for review by a supervisor other than its holder. Grants are never
 * deleted: after expiry they remain as the record of why the access happened.
 */
export interface AccessGrantDocument {
  userId: Types.ObjectId;
  childId: Types.ObjectId;
  /** Copied at grant time so the review list can be scoped without reading the child. */
  teamId: Types.ObjectId;
  kind: AccessGrantKind;
  reason: string;
  expiresAt: Date;
  review: {
    status: 'pending' | (typeof ACCESS_REVIEW_OUTCOMES)[number];
    reviewerId?: Types.ObjectId;
    note?: string;
    reviewedAt?: Date;
  };
  createdAt: Date;
}

const grantSchema = new Schema<AccessGrantDocument>(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true },
    teamId: { type: Schema.Types.ObjectId, ref: 'Team', required: true },
    kind: { type: String, enum: ACCESS_GRANT_KINDS, required: true },
    reason: { type: String, required: true, trim: true, minlength: 10, maxlength: 2000 },
    expiresAt: { type: Date, required: true },
    review: {
      status: {
        type: String,
        enum: ['pending', ...ACCESS_REVIEW_OUTCOMES],
        required: true,
        default: 'pending',
      },
      reviewerId: { type: Schema.Types.ObjectId, ref: 'User' },
      note: { type: String, trim: true, maxlength: 2000 },
      reviewedAt: { type: Date },
    },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw' },
);
grantSchema.index({ userId: 1, childId: 1, expiresAt: -1 });
grantSchema.index({ 'review.status': 1, createdAt: 1 });

export function accessGrantModel(connection: Connection): Model<AccessGrantDocument> {
  return (
    connection.models['AccessGrant'] ?? connection.model<AccessGrantDocument>('AccessGrant', grantSchema)
  );
}
