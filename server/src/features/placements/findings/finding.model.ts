import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { FINDING_SEVERITIES, type FindingSeverity } from '@keha/shared';

/**
 * A finding of a submitted visit, kept for follow-up. `childIds` are the children it concerns (every
 * child seen, for a finding about the unit): each of them shows it on their timeline (kind `finding`).
 */
export interface FindingDocument {
  visitId: Types.ObjectId;
  clientId: string;
  unitId: Types.ObjectId;
  unitName: string;
  childIds: Types.ObjectId[];
  concernsUnit: boolean;
  /** The visit date. */
  date: string;
  observation: string;
  evidence: string;
  legalReference: string;
  severity: FindingSeverity;
  actions: { description: string; owner: string; deadline: string }[];
  followUpDate: string | null;
  attachmentIds: string[];
  status: 'open' | 'closed';
  closure: { evidence: string; closedOn: string; closedById: Types.ObjectId; closedByName: string } | null;
  inspectorName: string;
  createdAt: Date;
  updatedAt: Date;
}
export type StoredFinding = FindingDocument & { _id: Types.ObjectId };

const findingSchema = new Schema<FindingDocument>(
  {
    visitId: { type: Schema.Types.ObjectId, ref: 'PlacementVisit', required: true },
    clientId: { type: String, required: true },
    unitId: { type: Schema.Types.ObjectId, ref: 'PlacementUnit', required: true },
    unitName: { type: String, required: true },
    childIds: { type: [Schema.Types.ObjectId], required: true },
    concernsUnit: { type: Boolean, required: true },
    date: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    observation: { type: String, required: true },
    evidence: { type: String, default: '' },
    legalReference: { type: String, default: '' },
    severity: { type: String, enum: FINDING_SEVERITIES, required: true },
    actions: {
      type: [new Schema({ description: String, owner: String, deadline: String }, { _id: false })],
      default: [],
    },
    followUpDate: { type: String, default: null },
    attachmentIds: { type: [String], default: [] },
    status: { type: String, enum: ['open', 'closed'], required: true },
    closure: {
      type: new Schema(
        { evidence: String, closedOn: String, closedById: Schema.Types.ObjectId, closedByName: String },
        { _id: false },
      ),
      default: null,
    },
    inspectorName: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
// A child's timeline reads its findings newest first by this index (timeline-sources.ts).
findingSchema.index({ childIds: 1, date: -1, _id: -1 });
findingSchema.index({ status: 1, severity: 1, date: -1 });
// Serious findings of any status (the supervisors' unnotified serious findings, per team's children).
findingSchema.index({ severity: 1, childIds: 1 });
findingSchema.index({ visitId: 1, clientId: 1 }, { unique: true });

export function findingModel(connection: Connection): Model<FindingDocument> {
  return (
    connection.models['PlacementFinding'] ??
    connection.model<FindingDocument>('PlacementFinding', findingSchema)
  );
}
