import type { SessionUser } from '../auth/auth-api.js';

/**
 * The vocabulary of the access policy (ATL 9 §: need to know). Kept apart from the rules so that the
 * client can use the same names for what it shows and asks for.
 */
export const CHILD_ACTIONS = [
  'child.list', // appear in a list of children (summary fields only for supervisors)
  'child.read', // open a part of the child's record
  'child.write', // change a part of the child's record
  'child.access_log', // read or export the child's access log (ATL 11 §)
  'child.request_break_glass', // ask for emergency access with a reason
  'child.request_supervisor_access', // a supervisor opening a record with a reason
] as const;
export type ChildAction = (typeof CHILD_ACTIONS)[number];

export const ORGANISATION_ACTIONS = [
  'admin.users',
  'admin.teams',
  'access_review.list',
  'access_review.decide',
] as const;
export type OrganisationAction = (typeof ORGANISATION_ACTIONS)[number];

export type Action = ChildAction | OrganisationAction;

/** The parts of a child's record that are told apart by the policy. */
export const RECORD_PARTS = ['core', 'case', 'placement', 'therapy', 'meeting-notes'] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];

export const ACCESS_GRANT_KINDS = ['break_glass', 'supervisor'] as const;
export type AccessGrantKind = (typeof ACCESS_GRANT_KINDS)[number];

/** A reasoned, time-limited access grant as stored; the policy checks it belongs to this user and child. */
export interface AccessGrantRef {
  kind: AccessGrantKind;
  userId: string;
  childId: string;
  expiresAt: Date;
}

/** Everything about a child that decides who may see it; the caller loads it, the policy stays pure. */
export interface ChildResource {
  kind: 'child';
  childId: string;
  teamId: string;
  namedSocialWorkerId: string | null;
  /** Inspectors assigned to the child's current placement. */
  inspectorIds: readonly string[];
  part: RecordPart;
  /** The caller's grants for this child (any may be expired or someone else's: the policy checks). */
  grants: readonly AccessGrantRef[];
  /** The moment of the decision, passed in so that the function stays pure. */
  now: Date;
}

export interface OrganisationResource {
  kind: 'organisation';
}

export interface AccessReviewResource {
  kind: 'access_review';
  /** Whose access is under review: nobody reviews their own access. */
  accessedByUserId: string;
}

export type AccessResource = ChildResource | OrganisationResource | AccessReviewResource;

export const DENY_REASONS = [
  'no_client_data', // administrators (and accounts with no client role) never see client data
  'no_relationship', // no team, inspection or grant: break-the-glass with a reason is possible
  'reason_required', // a supervisor must give a reason to open a record
  'part_not_permitted', // e.g. an inspector asking for therapy notes
  'read_only_access', // break-the-glass and supervisor grants never allow writing
  'not_administrator',
  'not_supervisor',
  'own_access', // reviewing one's own flagged access
  'not_permitted', // the action is not for this role at all
  'separation_of_duties', // LSL 13 §
  'not_qualified', // e.g. a practitioner as named social worker (LSL 13 b §)
] as const;
export type DenyReason = (typeof DENY_REASONS)[number];

export type AccessFlag = 'break_glass' | 'supervisor_access';

export type Decision = { allowed: true; flagged?: AccessFlag } | { allowed: false; reason: DenyReason };

export type PolicyUser = Pick<SessionUser, 'id' | 'roles' | 'teamIds'>;
