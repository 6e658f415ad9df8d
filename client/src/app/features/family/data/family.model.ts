/**
 * The client's copy of shared/src/family/genogram-api.ts (types and code lists only; the server
 * validates with the zod schemas). Keep the lists in the same order as shared.
 */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const PERSON_KINDS = ['family', 'network'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const RELATIONSHIP_KINDS = ['parent_of', 'partner'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];
export const PARTNERSHIP_STATUSES = [
  'married',
  'cohabiting',
  'dating',
  'separated',
  'divorced',
  'widowed',
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
export const PARENTHOOD_KINDS = ['biological', 'adoptive', 'foster', 'step'] as const;
export type ParenthoodKind = (typeof PARENTHOOD_KINDS)[number];
export const RELATIONSHIP_QUALITIES = [
  'normal',
  'close',
  'very_close',
  'distant',
  'conflicted',
  'hostile',
  'cut_off',
] as const;
export type RelationshipQuality = (typeof RELATIONSHIP_QUALITIES)[number];

export interface Contact {
  phone?: string;
  email?: string;
  address?: string;
}

export interface Person {
  id: string;
  familyId: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  kind: PersonKind;
  /** Calendar dates `YYYY-MM-DD`. */
  dateOfBirth?: string;
  dateOfDeath?: string;
  role?: string;
  householdId?: string;
  contact: Contact;
  /** Set when this person is a child client (the child whose page it is has the double outline). */
  childId?: string;
}

export type PersonInput = Partial<Omit<Person, 'id' | 'familyId'>> & { firstName: string };
/** PATCH: a field left out is kept, `null` clears it. */
export type PersonPatch = { [K in keyof PersonInput]?: PersonInput[K] | null };

export interface Household {
  id: string;
  label: string;
  address?: string;
}

/** `parent_of` is directed (from = parent); `partner` is symmetric. */
export interface Relationship {
  id: string;
  familyId: string;
  kind: RelationshipKind;
  fromPersonId: string;
  toPersonId: string;
  partnershipStatus?: PartnershipStatus;
  parenthood?: ParenthoodKind;
  quality: RelationshipQuality;
}

export type RelationshipInput = Omit<Relationship, 'id' | 'familyId' | 'quality'> & {
  quality?: RelationshipQuality;
};
/** PATCH: a field left out is kept, `null` clears it. */
export type RelationshipPatch = {
  [K in 'partnershipStatus' | 'parenthood' | 'quality']?: Relationship[K] | null;
};

export interface Family {
  id: string;
  name: string;
  households: Household[];
  persons: Person[];
  relationships: Relationship[];
}

/** `POST /children/:id/family`: a new family by name, or joining an existing family of the same team. */
export type CreateFamilyRequest = { name: string } | { familyId: string };
