import type {
  CHECKLIST_GROUPS as SharedGroups,
  FINDING_SEVERITIES as SharedSeverities,
  NOTIFICATION_RECIPIENTS as SharedRecipients,
  ChecklistTemplate,
  Finding,
  SeriousFindingAlert,
  Visit,
  VisitDraft,
  VisitDue,
  VisitPlanInput,
  PlacementInspector,
} from '@keha/shared';

export type {
  ChecklistTemplate,
  Finding,
  PlacementInspector,
  SeriousFindingAlert,
  Visit,
  VisitDraft,
  VisitDue,
  VisitPlanInput,
};

/** What closing a finding records (`POST /findings/{id}/close`). */
export interface FindingClosure {
  evidence: string;
  closedOn: string;
}
export const REPORT_LANGUAGES = ['fi', 'sv', 'en'] as const;

type Member<T extends readonly string[]> = T[number];
/** The code lists the templates loop over, copied as values (zod stays out of the bundle); checked against shared. */
function sameMembers<Shared extends readonly string[]>() {
  return <const Local extends readonly string[]>(
    list: Local &
      ([Member<Shared>] extends [Member<Local>] ? ([Member<Local>] extends [Member<Shared>] ? unknown : never) : never),
  ): Local => list;
}
export const FINDING_SEVERITIES = sameMembers<typeof SharedSeverities>()(['info', 'deficiency', 'serious']);
export const NOTIFICATION_RECIPIENTS = sameMembers<typeof SharedRecipients>()(['host_county', 'avi', 'other_placing_county']);
export const CHECKLIST_GROUPS = sameMembers<typeof SharedGroups>()([
  'child_seen_alone',
  'restrictions_incidents',
  'unit',
  'outcome',
]);
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export type VisitSummary = Pick<
  Visit,
  'id' | 'status' | 'revision' | 'unit' | 'children' | 'plannedDate' | 'announced' | 'inspector' | 'submittedAt'
>;

/** Where a visit's local copy stands against the server. */
export type SyncState = 'saved' | 'pending' | 'syncing' | 'synced' | 'conflict';

/** A visit's draft on this device (IndexedDB `visit-drafts`). */
export interface LocalDraft {
  visitId: string;
  draft: VisitDraft;
  /** The server revision the local draft is based on. */
  baseRevision: number;
  /** Grows with every local change. */
  localRevision: number;
  updatedAt: string;
  syncState: SyncState;
  /** The user submitted: the outbox holds a submit after the draft. */
  submitRequested: boolean;
  /** The visit and its checklist as last read, so the form opens offline. */
  visit: Visit | null;
  template: ChecklistTemplate | null;
  /** The server's version when a save met `stale_revision`: shown beside the local one. */
  conflict: Visit | null;
  /** Field errors of a refused submission (`draft.children.1.metAlone` -> message). */
  errors: Record<string, string>;
}

/** A photo taken offline (IndexedDB `pending-photos`), by its client attachment id. */
export interface PendingPhoto {
  attachmentId: string;
  visitId: string;
  fileName: string;
  blob: Blob;
  uploaded: boolean;
}

/** One queued request (IndexedDB `outbox`); a retry sends the same clientMutationId. */
export interface OutboxOp {
  clientMutationId: string;
  visitId: string;
  kind: 'draft' | 'submit';
  createdAt: string;
}

export function newClientId(): string {
  return crypto.randomUUID();
}

export function emptyDraft(visit: Visit): VisitDraft {
  return {
    ...visit.draft,
    children: visit.children.map(
      (c) => visit.draft.children.find((d) => d.childId === c.childId) ?? { childId: c.childId, seen: null, metAlone: null },
    ),
  };
}
