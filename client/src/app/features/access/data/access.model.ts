/** The client's copy of shared/src/access/access-api.ts and shared/src/children/child-api.ts (types only). */
export type AccessGrantKind = 'break_glass' | 'supervisor';
export type AccessFlag = 'break_glass' | 'supervisor_access';

export interface AccessRequest {
  /** At least 10 characters; logged and reviewed by a supervisor. */
  reason: string;
  kind: AccessGrantKind;
}

export interface AccessGrant {
  id: string;
  childId: string;
  kind: AccessGrantKind;
  reason: string;
  expiresAt: string;
}

/** `GET /children/{id}`; issue 5 extends the child. */
export interface ChildResponse {
  child: { id: string; firstName: string; lastName: string; teamId: string; status: string };
  access: { flagged?: AccessFlag };
}

export interface AccessLogEntry {
  at: string;
  username: string;
  roles: string[];
  /** A code from shared AUDIT_ACTIONS (worded by `access.log.actions.*`), or an older one as it is. */
  action: string;
  /** A code from shared AUDIT_VIEWS (worded by `access.log.views.*`), or a request line as it is. */
  view?: string;
  purpose?: string;
  outcome: 'allowed' | 'denied';
  flagged?: AccessFlag;
}

export interface AccessLogReport {
  childId: string;
  from?: string;
  to?: string;
  entries: AccessLogEntry[];
}

/** Inclusive dates as YYYY-MM-DD; either may be left open. */
export interface AccessLogPeriod {
  from?: string;
  to?: string;
}

export interface AccessReview {
  id: string;
  childId: string;
  /** First and last name only (summary level). */
  childName: string;
  teamId: string;
  user: { id: string; username: string; displayName: string };
  kind: AccessGrantKind;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  /** How many times the record was opened under the grant. */
  readCount: number;
}

export type ReviewOutcome = 'appropriate' | 'inappropriate';

export interface AccessReviewDecision {
  outcome: ReviewOutcome;
  note: string;
}

export const MIN_REASON_LENGTH = 10;
