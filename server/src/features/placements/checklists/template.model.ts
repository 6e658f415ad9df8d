import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { ChecklistItem, LocalizedText } from '@keha/shared';

/**
 * One version of a checklist template. Editing inserts the next version and turns the previous one's
 * `current` off; versions are never changed, so a visit's minutes always read with the items it used.
 */
export interface ChecklistTemplateDocument {
  key: string;
  version: number;
  current: boolean;
  name: LocalizedText;
  items: ChecklistItem[];
  createdById: Types.ObjectId | null;
  createdByName: string;
  createdAt: Date;
}
export type StoredTemplate = ChecklistTemplateDocument & { _id: Types.ObjectId };

const templateSchema = new Schema<ChecklistTemplateDocument>(
  {
    key: { type: String, required: true },
    version: { type: Number, required: true, min: 1 },
    current: { type: Boolean, required: true },
    name: { type: Schema.Types.Mixed, required: true },
    items: { type: Schema.Types.Mixed, required: true },
    createdById: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    createdByName: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw' },
);
// One version number per key: two administrators saving the same version cannot both win.
templateSchema.index({ key: 1, version: 1 }, { unique: true });
templateSchema.index({ current: 1, key: 1 });

export function checklistTemplateModel(connection: Connection): Model<ChecklistTemplateDocument> {
  return (
    connection.models['ChecklistTemplate'] ??
    connection.model<ChecklistTemplateDocument>('ChecklistTemplate', templateSchema)
  );
}
