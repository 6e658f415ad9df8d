import { addCalendarDays, type CalendarDate, type CaseEventType } from '@keha/shared';

/**
 * Case histories for the demo children, as offsets from the day the demo database is seeded, so that a
 * fresh `npm start` always shows live deadlines: some upcoming, some due this week, some overdue.
 * Each scenario is one stage of the lifecycle (domain.md §4).
 */
export interface ScenarioEvent {
  type: CaseEventType;
  daysAgo: number;
  summary?: string;
  extensionDays?: number;
}

export interface Scenario {
  key: string;
  status: 'notification' | 'assessment' | 'client' | 'placement' | 'aftercare' | 'closed';
  events: ScenarioEvent[];
  /** Client plan made this many days ago (12-month review date), if any. */
  planDaysAgo?: number;
}

const notification = (daysAgo: number): ScenarioEvent => ({ type: 'notification_received', daysAgo });
const urgency = (daysAgo: number): ScenarioEvent => ({ type: 'urgency_assessed', daysAgo });

export const SCENARIOS: readonly Scenario[] = [
  { key: 'fresh-notification', status: 'notification', events: [notification(2), urgency(2)] },
  // Seven working days passed without a decision to start the assessment: overdue.
  { key: 'start-overdue', status: 'notification', events: [notification(16), urgency(16)] },
  {
    key: 'assessing',
    status: 'assessment',
    events: [notification(50), urgency(50), { type: 'assessment_started', daysAgo: 45 }],
  },
  // Started in time but not completed within three months (LSL 26 §): overdue.
  {
    key: 'assessment-overdue',
    status: 'assessment',
    events: [notification(110), urgency(110), { type: 'assessment_started', daysAgo: 104 }],
  },
  // Due this week.
  {
    key: 'assessment-due-soon',
    status: 'assessment',
    events: [notification(88), urgency(88), { type: 'assessment_started', daysAgo: 84 }],
  },
  {
    key: 'client',
    status: 'client',
    planDaysAgo: 200,
    events: [
      notification(300),
      urgency(300),
      { type: 'assessment_started', daysAgo: 296 },
      { type: 'assessment_completed', daysAgo: 220, summary: 'Asiakkuus jatkuu; avohuollon tukitoimet.' },
      { type: 'client_relationship_started', daysAgo: 220 },
    ],
  },
  // The client plan was not reviewed within 12 months (LSL 30 §): overdue.
  {
    key: 'plan-review-overdue',
    status: 'client',
    planDaysAgo: 400,
    events: [
      notification(520),
      urgency(520),
      { type: 'assessment_started', daysAgo: 515 },
      { type: 'assessment_completed', daysAgo: 430 },
      { type: 'client_relationship_started', daysAgo: 400 },
    ],
  },
  {
    key: 'open-care-placement',
    status: 'placement',
    planDaysAgo: 80,
    events: [
      notification(260),
      urgency(260),
      { type: 'assessment_started', daysAgo: 255 },
      { type: 'assessment_completed', daysAgo: 190 },
      { type: 'client_relationship_started', daysAgo: 190 },
      { type: 'open_care_placement_started', daysAgo: 80, summary: 'Sijoitus avohuollon tukitoimena.' },
    ],
  },
  {
    key: 'emergency-placement',
    status: 'placement',
    planDaysAgo: 20,
    events: [
      notification(24),
      urgency(24),
      { type: 'emergency_placement_started', daysAgo: 23, summary: 'Kiireellinen sijoitus (LSL 38 §).' },
      { type: 'assessment_started', daysAgo: 22 },
    ],
  },
  {
    key: 'care-order',
    status: 'placement',
    planDaysAgo: 150,
    events: [
      notification(900),
      urgency(900),
      { type: 'assessment_started', daysAgo: 895 },
      { type: 'assessment_completed', daysAgo: 820 },
      { type: 'client_relationship_started', daysAgo: 820 },
      { type: 'client_plan_reviewed', daysAgo: 150 },
      { type: 'care_order_decided', daysAgo: 700, summary: 'Huostaanotto, sijaishuolto perhekodissa.' },
      // The last visit is past the planned 90-day interval: overdue.
      { type: 'placed_child_visited', daysAgo: 120 },
    ],
  },
  {
    key: 'closed',
    status: 'closed',
    events: [
      notification(200),
      urgency(200),
      { type: 'assessment_started', daysAgo: 195 },
      { type: 'assessment_completed', daysAgo: 140, summary: 'Ei lastensuojelun tarvetta.' },
      { type: 'case_closed', daysAgo: 140 },
    ],
  },
];

export const scenarioByKey = (key: string): Scenario => SCENARIOS.find((s) => s.key === key)!;

export const dateDaysAgo = (today: CalendarDate, daysAgo: number): CalendarDate =>
  addCalendarDays(today, -daysAgo);
