import { Schema, Types, type Connection, type Model } from 'mongoose';

/**
 * A placement inspector (sijaishuollon valvoja) assigned to supervise the placement a child lives in
 * (LSL 79 §). It is the inspector's verified task that gives need-to-know access to the placement
 * part of the child's record. The placement feature will link `placementName` to a real placement.
 */
export interface InspectorAssignment {
  childId: Types.ObjectId;
  inspectorUserId: Types.ObjectId;
  placementName: string;
  active: boolean;
  createdAt: Date;
}

const assignmentSchema = new Schema<InspectorAssignment>(
  {
    childId: { type: Schema.Types.ObjectId, ref: 'Child', required: true, index: true },
    inspectorUserId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    placementName: { type: String, required: true, trim: true, maxlength: 200 },
    active: { type: Boolean, required: true, default: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw' },
);

export function inspectorAssignmentModel(connection: Connection): Model<InspectorAssignment> {
  return (
    connection.models['InspectorAssignment'] ??
    connection.model<InspectorAssignment>('InspectorAssignment', assignmentSchema)
  );
}
