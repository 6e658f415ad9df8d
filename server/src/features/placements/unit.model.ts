import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { INSTITUTION_KINDS, LICENCE_KINDS, PLACEMENT_UNIT_TYPES, type PlacementUnitType } from '@keha/shared';

/** A placement unit of the register (organisation data; see shared/src/placement/unit-api.ts). */
export interface PlacementUnitDocument {
  name: string;
  type: PlacementUnitType;
  institutionKind?: (typeof INSTITUTION_KINDS)[number];
  provider: { name: string; businessId?: string };
  address: { street: string; postalCode: string; city: string };
  capacity: { registeredPlaces: number; carers?: number; placedByOthers: number };
  licence: { kind: (typeof LICENCE_KINDS)[number]; number: string; grantedOn: string; validUntil?: string };
  hostCounty: string;
  otherPlacingCounties: string[];
  contacts: { name: string; role: string; phone?: string; email?: string }[];
  active: boolean;
  revision: number;
  /** Bumped by every allocation: serialises the capacity checks of one unit (see PlacementService.create). */
  allocations: number;
  createdAt: Date;
  updatedAt: Date;
}
export type StoredUnit = PlacementUnitDocument & { _id: Types.ObjectId };

const contactSchema = new Schema(
  { name: String, role: String, phone: String, email: String },
  { _id: false, strict: 'throw' },
);

const unitSchema = new Schema<PlacementUnitDocument>(
  {
    name: { type: String, required: true, maxlength: 200 },
    type: { type: String, enum: PLACEMENT_UNIT_TYPES, required: true },
    institutionKind: { type: String, enum: INSTITUTION_KINDS },
    provider: { name: { type: String, required: true }, businessId: String },
    address: {
      street: { type: String, required: true },
      postalCode: { type: String, required: true },
      city: { type: String, required: true },
    },
    capacity: {
      registeredPlaces: { type: Number, required: true, min: 1 },
      carers: Number,
      placedByOthers: { type: Number, required: true, default: 0 },
    },
    licence: {
      kind: { type: String, enum: LICENCE_KINDS, required: true },
      number: { type: String, required: true },
      grantedOn: { type: String, required: true },
      validUntil: String,
    },
    hostCounty: { type: String, required: true },
    otherPlacingCounties: { type: [String], default: [] },
    contacts: { type: [contactSchema], default: [] },
    active: { type: Boolean, required: true, default: true },
    revision: { type: Number, required: true, default: 1 },
    allocations: { type: Number, required: true, default: 0 },
  },
  { timestamps: true, strict: 'throw' },
);
unitSchema.index({ name: 1 });

export function placementUnitModel(connection: Connection): Model<PlacementUnitDocument> {
  return (
    connection.models['PlacementUnit'] ?? connection.model<PlacementUnitDocument>('PlacementUnit', unitSchema)
  );
}
