import type { Types } from 'mongoose';
import type { Family, Person, PersonInput, Relationship, RelationshipInput } from '@keha/shared';
import type { FamilyDocument, PersonDocument, RelationshipDocument } from './model.js';

type Stored<T> = T & { _id: Types.ObjectId };

/** A stored person in the shape of `personInputSchema`, so that a partial update can be merged into it. */
export function personInputOf(doc: PersonDocument): PersonInput {
  const contact = Object.fromEntries(Object.entries(doc.contact ?? {}).filter(([, v]) => v !== undefined));
  return withoutUndefined({
    firstName: doc.firstName,
    lastName: doc.lastName,
    sex: doc.sex,
    kind: doc.kind,
    dateOfBirth: doc.dateOfBirth,
    dateOfDeath: doc.dateOfDeath,
    role: doc.role,
    householdId: doc.householdId,
    contact,
    childId: doc.childId ? String(doc.childId) : undefined,
  });
}

export function toPerson(doc: Stored<PersonDocument>): Person {
  return {
    ...personInputOf(doc),
    id: String(doc._id),
    familyId: String(doc.familyId),
    lastName: doc.lastName ?? '',
    sex: doc.sex,
    kind: doc.kind,
    contact: personInputOf(doc).contact ?? {},
  };
}

export function relationshipInputOf(doc: RelationshipDocument): RelationshipInput {
  return withoutUndefined({
    kind: doc.kind,
    fromPersonId: String(doc.fromPersonId),
    toPersonId: String(doc.toPersonId),
    partnershipStatus: doc.partnershipStatus,
    parenthood: doc.parenthood,
    quality: doc.quality,
  });
}

export function toRelationship(doc: Stored<RelationshipDocument>): Relationship {
  return {
    ...relationshipInputOf(doc),
    id: String(doc._id),
    familyId: String(doc.familyId),
    quality: doc.quality,
  };
}

export function toFamily(
  family: Stored<FamilyDocument>,
  persons: Stored<PersonDocument>[],
  relationships: Stored<RelationshipDocument>[],
): Family {
  return {
    id: String(family._id),
    name: family.name,
    households: family.households.map((h) =>
      withoutUndefined({ id: h.id, label: h.label, address: h.address }),
    ),
    persons: persons.map(toPerson),
    relationships: relationships.map(toRelationship),
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
