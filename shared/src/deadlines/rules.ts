import type { CalendarDate } from './calendar-date.js';
import type { CaseEventType } from './events.js';

/** How a rule turns its anchor date into a due date. */
export type DeadlineComputation =
  /** n-th working day after the anchor, the anchor day not counted. */
  | { kind: 'working_days'; days: number }
  /** Same day number n months later (or the month's last day). */
  | { kind: 'months'; months: number }
  /** The anchor day is day 1, so the due date is anchor + days - 1. */
  | { kind: 'days_counting_first'; days: number }
  /** The day before the child's birthday at `age`. */
  | { kind: 'age'; age: number }
  /** Calendar days after the anchor, taken from the client plan or the organisation default. */
  | { kind: 'planned_visit_interval' };

export interface StatutoryRule {
  id: string;
  version: number;
  legalReference: string;
  obligation: string;
  /** Events that start a deadline under this rule. */
  triggers: readonly CaseEventType[];
  computation: DeadlineComputation;
  /** Events that fulfil the deadline. */
  metBy: readonly CaseEventType[];
  /** When true, the meeting event starts the next deadline (periodic reviews, visits). */
  recurring: boolean;
  /** Events that make an unmet deadline moot (it is then not reported as open). */
  mootBy: readonly CaseEventType[];
  /** Inclusive; the version applies to triggers dated within [effectiveFrom, effectiveTo]. */
  effectiveFrom: CalendarDate;
  effectiveTo: CalendarDate | null;
}

const LAW_IN_FORCE = '2008-01-01'; // Lastensuojelulaki 417/2007 came into force.
const CLOSED: readonly CaseEventType[] = ['case_closed'];
const PLACEMENT_ENDED: readonly CaseEventType[] = [
  'open_care_placement_ended',
  'emergency_placement_ended',
  'aftercare_started',
  'case_closed',
];

export const STATUTORY_RULES: readonly StatutoryRule[] = [
  {
    id: 'urgency-assessment-immediately',
    version: 1,
    legalReference: 'LSL 26 §',
    obligation: 'Assess the urgency of the child-welfare notification immediately',
    triggers: ['notification_received'],
    computation: { kind: 'days_counting_first', days: 1 }, // "immediately" read as: the same day.
    metBy: ['urgency_assessed'],
    recurring: false,
    mootBy: CLOSED,
    effectiveFrom: LAW_IN_FORCE,
    effectiveTo: null,
  },
  {
    id: 'assessment-start-7-working-days',
    version: 1,
    legalReference: 'LSL 26 §, SHL 36 §',
    obligation: 'Start the service-needs assessment by the 7th working day',
    triggers: ['notification_received'],
    computation: { kind: 'working_days', days: 7 },
    metBy: ['assessment_started'],
    recurring: false,
    mootBy: CLOSED,
    effectiveFrom: '2015-04-01', // SHL 1301/2014 36 §
    effectiveTo: null,
  },
  {
    id: 'assessment-complete-3-months',
    version: 1,
    legalReference: 'LSL 26 §, SHL 36 §',
    obligation: 'Complete the service-needs assessment within 3 months',
    triggers: ['notification_received'],
    computation: { kind: 'months', months: 3 },
    metBy: ['assessment_completed'],
    recurring: false,
    mootBy: CLOSED,
    effectiveFrom: '2015-04-01',
    effectiveTo: null,
  },
  {
    id: 'client-plan-review-12-months',
    version: 1,
    legalReference: 'LSL 30 §',
    obligation: 'Review the client plan at least every 12 months',
    triggers: ['client_relationship_started'],
    computation: { kind: 'months', months: 12 },
    metBy: ['client_plan_reviewed'],
    recurring: true,
    mootBy: CLOSED,
    effectiveFrom: LAW_IN_FORCE,
    effectiveTo: null,
  },
  {
    id: 'open-care-placement-review-3-months',
    version: 1,
    legalReference: 'LSL 37 a §',
    obligation: 'Review the open-care placement within 3 months, then every 3 months',
    triggers: ['open_care_placement_started'],
    computation: { kind: 'months', months: 3 },
    metBy: ['open_care_placement_reviewed'],
    recurring: true,
    mootBy: ['open_care_placement_ended', 'case_closed'],
    effectiveFrom: LAW_IN_FORCE, // *verify*: the date 37 a § (placement of the child alone) took effect.
    effectiveTo: null,
  },
  {
    id: 'emergency-placement-30-days',
    version: 1,
    legalReference: 'LSL 38 §, 39 §',
    obligation: 'Decide on a care order or apply to the administrative court before the placement lapses',
    triggers: ['emergency_placement_started'],
    // Day 1 is the placement day, or the decision day if earlier: the event's date must be the earlier.
    // Filing an application to the administrative court also meets it; there is no event type for that yet.
    computation: { kind: 'days_counting_first', days: 30 },
    metBy: ['care_order_decided'],
    recurring: false,
    mootBy: ['emergency_placement_ended', 'case_closed'],
    effectiveFrom: LAW_IN_FORCE,
    effectiveTo: null,
  },
  {
    id: 'aftercare-end-age',
    version: 1,
    legalReference: 'LSL 75 §',
    obligation: 'Aftercare ends at the latest the day before the 25th birthday',
    triggers: ['aftercare_started'],
    computation: { kind: 'age', age: 25 },
    metBy: ['case_closed'],
    recurring: false,
    mootBy: [],
    effectiveFrom: '2020-01-01', // *verify*: age 21 -> 25 by act 542/2019
    effectiveTo: '2024-12-31',
  },
  {
    id: 'aftercare-end-age',
    version: 2,
    legalReference: 'LSL 75 §',
    obligation: 'Aftercare ends at the latest the day before the 23rd birthday',
    triggers: ['aftercare_started'],
    computation: { kind: 'age', age: 23 },
    metBy: ['case_closed'],
    recurring: false,
    mootBy: [],
    effectiveFrom: '2025-01-01', // *verify*: the date the age 25 -> 23 change took effect, and transition
    effectiveTo: null,
  },
  {
    id: 'placed-child-visit-interval',
    version: 1,
    legalReference: 'LSL 29 §, 53 §',
    obligation: 'The named social worker visits the placed child at the interval set in the client plan',
    triggers: ['open_care_placement_started', 'emergency_placement_started', 'care_order_decided'],
    computation: { kind: 'planned_visit_interval' },
    metBy: ['placed_child_visited'],
    recurring: true,
    mootBy: PLACEMENT_ENDED,
    effectiveFrom: LAW_IN_FORCE,
    effectiveTo: null,
  },
];

/** The version of rule `id` in force on `date`, or undefined when none was. */
export function ruleVersionOn(
  id: string,
  date: CalendarDate,
  rules: readonly StatutoryRule[] = STATUTORY_RULES,
): StatutoryRule | undefined {
  return rules.find(
    (rule) =>
      rule.id === id && rule.effectiveFrom <= date && (rule.effectiveTo === null || date <= rule.effectiveTo),
  );
}
