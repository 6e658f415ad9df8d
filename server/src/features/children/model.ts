import { Schema, Types, type Connection, type Model } from 'mongoose';
import { CHILD_STATUSES, CLIENT_LANGUAGES, isValidIdentityCode, type ChildStatus } from '@keha/shared';

/** One allocation of the child to a named social worker (LSL 13 b §). */
export interface AllocationRecord {
  workerId: Types.ObjectId;
  at: Date;
  byUserId: Types.ObjectId;
  /** A supervisor's reason for allocating to a worker at or over the caseload cap. */
  overrideReason?: string;
}

const allocationRecordSchema = new Schema<AllocationRecord>(
  {
    workerId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    at: { type: Date, required: true },
    byUserId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    overrideReason: { type: String, trim: true, maxlength: 2000 },
  },
  { _id: false },
);

/**
 * The child record, minimal for identity and access; issue 5 adds families, events and plans around
 * it (new fields are added here, not in a second model). Nothing is hard-deleted: a closed child keeps
 * `status: 'closed'` for the statutory retention (2 years after the client's death).
 */
export interface ChildDocument {
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  identityCode: string;
  teamId: Types.ObjectId;
  /** Exactly one per child (LSL 13 b §); must be a social worker or team lead, never a practitioner. */
  namedSocialWorkerId: Types.ObjectId;
  status: ChildStatus;
  languages: { preferred: (typeof CLIENT_LANGUAGES)[number]; other?: string; interpreterNeeded: boolean };
  /** Asiakaslaki 812/2000 11 §: the minor forbade disclosure to a guardian, with the weighty reason. */
  guardianDisclosureRestriction: { active: boolean; reason?: string };
  /** The family (genogram, households) the child belongs to; siblings share one. Set by the family feature. */
  familyId?: Types.ObjectId;
  /** Every allocation to a named social worker, the first one included; an override of the caseload cap keeps its reason. */
  allocationHistory: AllocationRecord[];
  createdAt: Date;
  updatedAt: Date;
}

const childSchema = new Schema<ChildDocument>(
  {
    firstName: { type: String, required: true, trim: true, maxlength: 100 },
    lastName: { type: String, required: true, trim: true, maxlength: 100 },
    dateOfBirth: { type: Date, required: true },
    identityCode: {
      type: String,
      required: true,
      unique: true,
      uppercase: true,
      validate: { validator: isValidIdentityCode, message: 'Not a valid identity code.' },
    },
    teamId: { type: Schema.Types.ObjectId, ref: 'Team', required: true, index: true },
    namedSocialWorkerId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    status: { type: String, enum: CHILD_STATUSES, required: true, default: 'notification' },
    languages: {
      preferred: { type: String, enum: CLIENT_LANGUAGES, required: true, default: 'fi' },
      other: { type: String, trim: true, maxlength: 60 },
      interpreterNeeded: { type: Boolean, required: true, default: false },
    },
    guardianDisclosureRestriction: {
      active: { type: Boolean, required: true, default: false },
      reason: { type: String, trim: true, maxlength: 2000 },
    },
    familyId: { type: Schema.Types.ObjectId, ref: 'Family', index: true },
    allocationHistory: { type: [allocationRecordSchema], default: [] },
  },
  { timestamps: true, strict: 'throw' },
);

export function childModel(connection: Connection): Model<ChildDocument> {
  return connection.models['Child'] ?? connection.model<ChildDocument>('Child', childSchema);
}
