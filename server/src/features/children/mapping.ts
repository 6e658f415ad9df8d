import type { Types } from 'mongoose';
import type { Child, ChildListItem } from '@keha/shared';
import type { ChildDocument } from './model.js';

type StoredChild = ChildDocument & { _id: Types.ObjectId };

export function toChild(doc: StoredChild): Child {
  return {
    id: String(doc._id),
    firstName: doc.firstName,
    lastName: doc.lastName,
    dateOfBirth: doc.dateOfBirth.toISOString().slice(0, 10),
    identityCode: doc.identityCode,
    teamId: String(doc.teamId),
    namedSocialWorkerId: String(doc.namedSocialWorkerId),
    status: doc.status,
    languages: {
      preferred: doc.languages.preferred,
      ...(doc.languages.other ? { other: doc.languages.other } : {}),
      interpreterNeeded: doc.languages.interpreterNeeded,
    },
    guardianDisclosureRestriction: {
      active: doc.guardianDisclosureRestriction.active,
      ...(doc.guardianDisclosureRestriction.reason
        ? { reason: doc.guardianDisclosureRestriction.reason }
        : {}),
    },
  };
}

/** Summary rows leave out what identifies the child beyond the name (supervisor lists). */
export function toListItem(doc: StoredChild, view: 'full' | 'summary'): ChildListItem {
  const row: ChildListItem = {
    id: String(doc._id),
    firstName: doc.firstName,
    lastName: doc.lastName,
    teamId: String(doc.teamId),
    namedSocialWorkerId: String(doc.namedSocialWorkerId),
    status: doc.status,
    view,
  };
  return view === 'full'
    ? { ...row, dateOfBirth: doc.dateOfBirth.toISOString().slice(0, 10), identityCode: doc.identityCode }
    : row;
}

export const LIST_FIELDS = {
  full: ['firstName', 'lastName', 'dateOfBirth', 'identityCode', 'teamId', 'namedSocialWorkerId', 'status'],
  summary: ['firstName', 'lastName', 'teamId', 'namedSocialWorkerId', 'status'],
};
