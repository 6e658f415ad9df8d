import { Schema, Types, type Connection, type Model } from 'mongoose';
import {
  PARENTHOOD_KINDS,
  PARTNERSHIP_STATUSES,
  PERSON_KINDS,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_QUALITIES,
  SEXES,
  type CalendarDate,
  type Household,
} from '@keha/shared';

/**
 * The family around one or more children (siblings share it): its households, the people of the
 * genogram and the lines between them. A family belongs to one team; a child of another team cannot
 * join it. People are edited, never deleted (they are part of the case history); genogram lines may be
 * removed, because a wrongly drawn line is a drawing error, not something that happened.
 */
export interface FamilyDocument {
  name: string;
  teamId: Types.ObjectId;
  households: Household[];
  createdAt: Date;
  updatedAt: Date;
}

export interface PersonDocument {
  familyId: Types.ObjectId;
  firstName: string;
  lastName: string;
  sex: (typeof SEXES)[number];
  kind: (typeof PERSON_KINDS)[number];
  /** Calendar dates (YYYY-MM-DD): they compare as strings and never shift with a time zone. */
  dateOfBirth?: CalendarDate;
  dateOfDeath?: CalendarDate;
  role?: string;
  householdId?: string;
  contact: { phone?: string; email?: string; address?: string };
  /** The child record, when this person is one of the children of the case. */
  childId?: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export interface RelationshipDocument {
  familyId: Types.ObjectId;
  kind: (typeof RELATIONSHIP_KINDS)[number];
  /** For `parent_of` the parent; partner lines are symmetric. */
  fromPersonId: Types.ObjectId;
  toPersonId: Types.ObjectId;
  partnershipStatus?: (typeof PARTNERSHIP_STATUSES)[number];
  parenthood?: (typeof PARENTHOOD_KINDS)[number];
  quality: (typeof RELATIONSHIP_QUALITIES)[number];
  createdAt: Date;
  updatedAt: Date;
}

const householdSchema = new Schema<Household>(
  {
    id: { type: String, required: true, trim: true, maxlength: 40 },
    label: { type: String, required: true, trim: true, maxlength: 200 },
    address: { type: String, trim: true, maxlength: 300 },
  },
  { _id: false },
);

const familySchema = new Schema<FamilyDocument>(
  {
    name: { type: String, required: true, trim: true, maxlength: 200 },
    teamId: { type: Schema.Types.ObjectId, ref: 'Team', required: true, index: true },
    households: { type: [householdSchema], default: [] },
  },
  { timestamps: true, strict: 'throw' },
);

const calendarDate = { type: String, match: /^\d{4}-\d{2}-\d{2}$/ };

const personSchema = new Schema<PersonDocument>(
  {
    familyId: { type: Schema.Types.ObjectId, ref: 'Family', required: true, index: true },
    firstName: { type: String, required: true, trim: true, maxlength: 100 },
    lastName: { type: String, trim: true, maxlength: 100, default: '' },
    sex: { type: String, enum: SEXES, required: true, default: 'unknown' },
    kind: { type: String, enum: PERSON_KINDS, required: true, default: 'family' },
    dateOfBirth: calendarDate,
    dateOfDeath: calendarDate,
    role: { type: String, trim: true, maxlength: 200 },
    householdId: { type: String, trim: true, maxlength: 40 },
    contact: {
      phone: { type: String, trim: true, maxlength: 40 },
      email: { type: String, trim: true, maxlength: 200 },
      address: { type: String, trim: true, maxlength: 300 },
    },
    childId: { type: Schema.Types.ObjectId, ref: 'Child', index: true },
  },
  { timestamps: true, strict: 'throw', minimize: false },
);

const relationshipSchema = new Schema<RelationshipDocument>(
  {
    familyId: { type: Schema.Types.ObjectId, ref: 'Family', required: true, index: true },
    kind: { type: String, enum: RELATIONSHIP_KINDS, required: true },
    fromPersonId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    toPersonId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    partnershipStatus: { type: String, enum: PARTNERSHIP_STATUSES },
    parenthood: { type: String, enum: PARENTHOOD_KINDS },
    quality: { type: String, enum: RELATIONSHIP_QUALITIES, required: true, default: 'normal' },
  },
  { timestamps: true, strict: 'throw' },
);

export function familyModel(connection: Connection): Model<FamilyDocument> {
  return connection.models['Family'] ?? connection.model<FamilyDocument>('Family', familySchema);
}

export function personModel(connection: Connection): Model<PersonDocument> {
  return connection.models['Person'] ?? connection.model<PersonDocument>('Person', personSchema);
}

export function relationshipModel(connection: Connection): Model<RelationshipDocument> {
  return (
    connection.models['Relationship'] ??
    connection.model<RelationshipDocument>('Relationship', relationshipSchema)
  );
}
