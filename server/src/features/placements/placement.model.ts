import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { PLACEMENT_TYPES, type PlacementType } from '@keha/shared';

/**
 * A child's placement in a unit. Ending a placement sets `endDate`; nothing is deleted. The placement's
 * inspector is the source of truth for the inspector assignments the access gate reads.
 */
export interface PlacementDocument {
  childId: Types.ObjectId;
  unitId: Types.ObjectId;
  type: PlacementType;
  legalBasis: string;
  startDate: string;
  endDate: string | null;
  plannedVisitIntervalDays: number | null;
  responsibleWorkerId: Types.ObjectId;
  inspectorId: Types.ObjectId | null;
  capacityOverrideReason?: string;
  createdById: Types.ObjectId;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}
export type StoredPlacement = PlacementDocument & { _id: Types.ObjectId };

const placementSchema = new Schema<PlacementDocument>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true },
    unitId: { type: Schema.Types.ObjectId, ref: 'PlacementUnit', required: true },
    type: { type: String, enum: PLACEMENT_TYPES, required: true },
    legalBasis: { type: String, required: true, maxlength: 200 },
    startDate: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    endDate: { type: String, default: null },
    plannedVisitIntervalDays: { type: Number, default: null },
    responsibleWorkerId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    inspectorId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    // One reason per allocation over the registered places (the placement's, then its extensions').
    capacityOverrideReason: { type: String, maxlength: 20000 },
    createdById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    revision: { type: Number, required: true, default: 1 },
  },
  { timestamps: true, strict: 'throw' },
);
placementSchema.index({ childId: 1, startDate: -1 });
placementSchema.index({ unitId: 1, startDate: 1 });
placementSchema.index({ inspectorId: 1 });

export function placementModel(connection: Connection): Model<PlacementDocument> {
  return connection.models['Placement'] ?? connection.model<PlacementDocument>('Placement', placementSchema);
}
