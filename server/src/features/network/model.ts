import { Schema, Types, type Connection, type Model } from 'mongoose';
import { NETWORK_SECTORS, NETWORK_SUPPORT } from '@keha/shared';

/**
 * One person or agency on a child's network map (verkostokartta; mapping the close network comes
 * before any out-of-home placement, LSL 32 §). The map is edited as the network changes: a member who
 * is no longer around is marked removed (with when and by whom) and leaves the map, but the record
 * stays, since who was around the child is part of the case history.
 */
export interface NetworkMemberDocument {
  childId: Types.ObjectId;
  name: string;
  role?: string;
  sector: (typeof NETWORK_SECTORS)[number];
  /** 1 = closest ring, 3 = outer ring. */
  closeness: number;
  support: (typeof NETWORK_SUPPORT)[number];
  /** The genogram person this member is, when they are in the child's family. */
  personId?: Types.ObjectId;
  contact?: string;
  removed: boolean;
  removedAt?: Date;
  removedBy?: Types.ObjectId;
  createdBy?: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const networkMemberSchema = new Schema<NetworkMemberDocument>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true, index: true },
    name: { type: String, required: true, trim: true, maxlength: 200 },
    role: { type: String, trim: true, maxlength: 200 },
    sector: { type: String, enum: NETWORK_SECTORS, required: true },
    closeness: { type: Number, required: true, min: 1, max: 3 },
    support: { type: String, enum: NETWORK_SUPPORT, required: true },
    personId: { type: Schema.Types.ObjectId, ref: 'Person' },
    contact: { type: String, trim: true, maxlength: 300 },
    removed: { type: Boolean, required: true, default: false },
    removedAt: Date,
    removedBy: { type: Schema.Types.ObjectId, ref: 'User' },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User' },
  },
  { timestamps: true, strict: 'throw' },
);

export function networkMemberModel(connection: Connection): Model<NetworkMemberDocument> {
  return (
    connection.models['NetworkMember'] ??
    connection.model<NetworkMemberDocument>('NetworkMember', networkMemberSchema)
  );
}
