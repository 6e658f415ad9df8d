/**
 * The children contract as the client uses it. Types come straight from `@keha/shared`: type-only
 * imports are erased, so zod and the deadline rules stay out of the browser bundle. The code lists
 * the templates loop over are copied as values, and `sameMembers` fails the build if they drift.
 */
import type {
  CASE_EVENT_TYPES as SharedEventTypes,
  CHILD_STATUSES as SharedStatuses,
  CHILD_VIEW_METHODS as SharedMethods,
  REPORTER_TYPES as SharedReporters,
  TIMELINE_KINDS as SharedKinds,
  URGENCY_LEVELS as SharedUrgencies,
} from '@keha/shared';

import type { TimelineKind } from '@keha/shared';

export type {
  CaseEvent,
  CaseEventCorrection,
  CaseEventInput,
  CaseEventType,
  ChildListItem,
  ChildListResponse,
  ChildStatus,
  ChildView,
  ChildViewInput,
  ClientPlan,
  Deadline,
  MyWork,
  PlanGoal,
  SafetyScore,
  SituationalPicture,
  Task,
  TaskInput,
  TimelineItem,
  TimelineKind,
  TimelineResponse,
} from '@keha/shared';

type Member<T extends readonly string[]> = T[number];
/** Compiles only when both lists hold exactly the same codes. */
function sameMembers<Shared extends readonly string[]>() {
  return <const Local extends readonly string[]>(
    list: Local & ([Member<Shared>] extends [Member<Local>] ? ([Member<Local>] extends [Member<Shared>] ? unknown : never) : never),
  ): Local => list;
}

export const CASE_EVENT_TYPES = sameMembers<typeof SharedEventTypes>()([
  'notification_received',
  'urgency_assessed',
  'assessment_started',
  'assessment_completed',
  'client_relationship_started',
  'client_plan_reviewed',
  'open_care_placement_started',
  'open_care_placement_reviewed',
  'open_care_placement_ended',
  'emergency_placement_started',
  'emergency_placement_extended',
  'emergency_placement_ended',
  'care_order_decided',
  'aftercare_started',
  'case_closed',
  'placed_child_visited',
]);
export const CHILD_STATUSES = sameMembers<typeof SharedStatuses>()([
  'notification',
  'assessment',
  'client',
  'placement',
  'aftercare',
  'closed',
]);
export const REPORTER_TYPES = sameMembers<typeof SharedReporters>()([
  'police',
  'school',
  'early_childhood_education',
  'health_care',
  'social_services',
  'parent',
  'child',
  'relative',
  'neighbour',
  'anonymous',
  'other',
]);
export type ReporterType = Member<typeof REPORTER_TYPES>;
export const URGENCY_LEVELS = sameMembers<typeof SharedUrgencies>()(['immediate', 'urgent', 'not_urgent']);
export type UrgencyLevel = Member<typeof URGENCY_LEVELS>;
export const CHILD_VIEW_METHODS = sameMembers<typeof SharedMethods>()([
  'conversation_alone',
  'conversation_with_parent',
  'drawing_or_play',
  'observation',
  'written',
  'other',
]);
export type ChildViewMethod = Member<typeof CHILD_VIEW_METHODS>;
export const TIMELINE_KINDS = sameMembers<typeof SharedKinds>()(['event', 'plan', 'child_view', 'safety', 'task', 'finding', 'meeting']);

/** Decisions a supervisor other than the preparer makes (LSL 13 §): the event names who decided. */
export const DECISIONS_NEEDING_APPROVER = ['care_order_decided', 'emergency_placement_extended'] as const;
export type DecisionType = Member<typeof DECISIONS_NEEDING_APPROVER>;
export interface DecisionMaker {
  id: string;
  displayName: string;
}

/** Query of `GET /children`; `q` is sent only from 2 characters on (the server's minimum). */
export interface ChildListFilter {
  q?: string;
  status?: Member<typeof CHILD_STATUSES>;
  page: number;
  pageSize: number;
}

/** `POST /children/{id}/safety-scores` (safetyScoreInputSchema). */
export interface SafetyScoreInput {
  date: string;
  participant: string;
  participantRole?: string;
  score: number;
  note?: string;
}

/** One page request of the timeline: which kinds, and the cursor of the last item already shown. */
export interface TimelinePageRequest {
  kinds: readonly TimelineKind[];
  before?: string;
  limit?: number;
}
