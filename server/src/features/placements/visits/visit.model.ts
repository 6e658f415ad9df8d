import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { VISIT_STATUSES, type VisitDraft, type VisitStatus } from '@keha/shared';

export interface StoredAttachment {
  /** The client's id of the file (deduplicates retried uploads). */
  clientId: string;
  fileId: Types.ObjectId;
  fileName: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/heic';
  size: number;
  sha256: string;
  uploadedAt: Date;
  uploadedById: Types.ObjectId;
}

/**
 * A supervision visit. `draft` is the minutes as the form last saved them (validated with the shared
 * schema before every write); `revision` counts saves, for optimistic concurrency. After submission the
 * minutes are final: only the LSL 79 § notifications still change.
 */
export interface VisitDocument {
  unitId: Types.ObjectId;
  placementIds: Types.ObjectId[];
  /** The children of `placementIds`, in the same order. */
  childIds: Types.ObjectId[];
  plannedDate: string;
  announced: boolean;
  inspectorId: Types.ObjectId;
  inspectorName: string;
  templateId: Types.ObjectId;
  templateKey: string;
  templateVersion: number;
  status: VisitStatus;
  revision: number;
  draft: VisitDraft;
  attachments: StoredAttachment[];
  findings: { clientId: string; findingId: Types.ObjectId }[];
  submittedAt: Date | null;
  submittedByName: string | null;
  createdById: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}
export type StoredVisit = VisitDocument & { _id: Types.ObjectId };

const attachmentSchema = new Schema<StoredAttachment>(
  {
    clientId: { type: String, required: true },
    fileId: { type: Schema.Types.ObjectId, required: true },
    fileName: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
    uploadedAt: { type: Date, required: true },
    uploadedById: { type: Schema.Types.ObjectId, required: true },
  },
  { _id: false, strict: 'throw' },
);

const visitSchema = new Schema<VisitDocument>(
  {
    unitId: { type: Schema.Types.ObjectId, ref: 'PlacementUnit', required: true },
    placementIds: { type: [Schema.Types.ObjectId], required: true },
    childIds: { type: [Schema.Types.ObjectId], required: true },
    plannedDate: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    announced: { type: Boolean, required: true },
    inspectorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    inspectorName: { type: String, required: true },
    templateId: { type: Schema.Types.ObjectId, required: true },
    templateKey: { type: String, required: true },
    templateVersion: { type: Number, required: true },
    status: { type: String, enum: VISIT_STATUSES, required: true },
    revision: { type: Number, required: true },
    draft: { type: Schema.Types.Mixed, required: true },
    attachments: { type: [attachmentSchema], default: [] },
    findings: {
      type: [new Schema({ clientId: String, findingId: Schema.Types.ObjectId }, { _id: false })],
      default: [],
    },
    submittedAt: { type: Date, default: null },
    submittedByName: { type: String, default: null },
    createdById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  },
  { timestamps: true, strict: 'throw', minimize: false },
);
visitSchema.index({ inspectorId: 1, plannedDate: 1 });
visitSchema.index({ childIds: 1, plannedDate: -1 });
visitSchema.index({ placementIds: 1, status: 1 });

export function visitModel(connection: Connection): Model<VisitDocument> {
  return (
    connection.models['PlacementVisit'] ?? connection.model<VisitDocument>('PlacementVisit', visitSchema)
  );
}

/**
 * A change made by a client, by its client-generated id: a retried request (the network dropped the
 * answer) finds its mutation and gets the answer the first attempt got, without applying it twice.
 */
export interface VisitMutationDocument {
  clientMutationId: string;
  visitId: Types.ObjectId;
  kind: 'plan' | 'draft' | 'submit' | 'notifications';
  userId: Types.ObjectId;
  /** The response of the first attempt (the visit as it then was). */
  response: unknown;
  createdAt: Date;
}

const mutationSchema = new Schema<VisitMutationDocument>(
  {
    clientMutationId: { type: String, required: true },
    visitId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    response: { type: Schema.Types.Mixed, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw', minimize: false },
);
mutationSchema.index({ clientMutationId: 1 }, { unique: true });

export function visitMutationModel(connection: Connection): Model<VisitMutationDocument> {
  return (
    connection.models['PlacementVisitMutation'] ??
    connection.model<VisitMutationDocument>('PlacementVisitMutation', mutationSchema)
  );
}
