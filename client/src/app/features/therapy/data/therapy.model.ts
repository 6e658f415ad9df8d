/**
 * The therapy contract as the client uses it (shared/src/therapy). Types are type-only imports from
 * `@keha/shared`, so zod stays out of the browser; the code lists the templates loop over are copied
 * as values, and `sameMembers` fails the build if they drift from shared.
 */
import type {
  GOAL_STATUSES as SharedGoalStatuses,
  MEASUREMENT_POINTS as SharedPoints,
  MEASUREMENT_SCHEDULE_POINTS as SharedSchedulePoints,
  SESSION_FREQUENCIES as SharedFrequencies,
  SESSION_SETTINGS as SharedSettings,
  THERAPY_METHODS as SharedMethods,
  THERAPY_PLAN_STATUSES as SharedStatuses,
} from '@keha/shared';

export type {
  MeasurementPoint,
  Score15Measurement,
  Score15MeasurementInput,
  Score15Series,
  TherapyComment,
  TherapyMethod,
  TherapyPlan,
  TherapyPlanContentInput,
  TherapyPlanCreateInput,
  TherapyPlanStatus,
  TherapyPlanUpdateInput,
  TherapyReminderRow,
  TherapySession,
  TherapySessionInput,
} from '@keha/shared';
import type { TherapyPlanStatus } from '@keha/shared';

type Member<T extends readonly string[]> = T[number];
/** Compiles only when both lists hold exactly the same codes. */
function sameMembers<Shared extends readonly string[]>() {
  return <const Local extends readonly string[]>(
    list: Local &
      ([Member<Shared>] extends [Member<Local>]
        ? [Member<Local>] extends [Member<Shared>]
          ? unknown
          : never
        : never),
  ): Local => list;
}

export const THERAPY_PLAN_STATUSES = sameMembers<typeof SharedStatuses>()([
  'draft',
  'active',
  'under_review',
  'closed',
]);
/** As shared THERAPY_PLAN_TRANSITIONS: the server refuses any other move. */
export const THERAPY_PLAN_TRANSITIONS: Record<TherapyPlanStatus, readonly TherapyPlanStatus[]> = {
  draft: ['active'],
  active: ['under_review'],
  under_review: ['active', 'closed'],
  closed: [],
};
export const THERAPY_METHODS = sameMembers<typeof SharedMethods>()([
  'genogram_work',
  'circular_questions',
  'reflecting_team',
  'network_meeting',
  'family_sculpture',
  'narrative_work',
  'solution_focused',
  'psychoeducation',
  'other',
]);
export const SESSION_SETTINGS = sameMembers<typeof SharedSettings>()(['home', 'office', 'online']);
export const SESSION_FREQUENCIES = sameMembers<typeof SharedFrequencies>()([
  'weekly',
  'every_two_weeks',
  'every_three_weeks',
  'monthly',
]);
export const MEASUREMENT_SCHEDULE_POINTS = sameMembers<typeof SharedSchedulePoints>()([
  'baseline',
  'session_4',
  'six_months',
  'end',
]);
export const MEASUREMENT_POINTS = sameMembers<typeof SharedPoints>()([
  'baseline',
  'session_4',
  'six_months',
  'end',
  'follow_up',
]);
export const GOAL_STATUSES = sameMembers<typeof SharedGoalStatuses>()([
  'open',
  'in_progress',
  'achieved',
  'discontinued',
]);

/** The SCORE-15 values a chart and its table show per measurement. */
export const SCORE15_SCALES = ['total', 'strengths', 'overwhelmed', 'communication'] as const;
export type Score15ChartScale = (typeof SCORE15_SCALES)[number];
export const SCORE15_RATINGS = ['problemSeverity', 'familyCoping', 'therapyHope'] as const;
export type Score15ChartRating = (typeof SCORE15_RATINGS)[number];
export type Score15ChartValue = Score15ChartScale | Score15ChartRating;

/** `GET /therapy-plans/:id/export`. */
export type TherapyExportKind = 'plan' | 'progress';
