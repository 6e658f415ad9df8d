/** The client's copy of shared/src/family/network-api.ts (types and code lists only). */
export const NETWORK_SECTORS = [
  'family',
  'relatives',
  'friends',
  'school',
  'health',
  'services',
  'hobbies',
  'other',
] as const;
export type NetworkSector = (typeof NETWORK_SECTORS)[number];
export const NETWORK_SUPPORT = ['supportive', 'neutral', 'straining'] as const;
export type NetworkSupport = (typeof NETWORK_SUPPORT)[number];
/** 1 = closest ring, 3 = outer ring. */
export type Closeness = 1 | 2 | 3;

export interface NetworkMemberInput {
  name: string;
  /** Their role or agency ("class teacher, Kallio school"). */
  role?: string;
  sector: NetworkSector;
  closeness: Closeness;
  support: NetworkSupport;
  personId?: string;
  contact?: string;
}

export interface NetworkMember extends NetworkMemberInput {
  id: string;
  childId: string;
}

export interface NetworkResponse {
  members: NetworkMember[];
}
