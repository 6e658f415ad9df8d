import type { CalendarDate } from '../deadlines/calendar-date.js';
import type { CaseEventType } from '../deadlines/events.js';

export interface DatedEvent {
  id?: string;
  type: CaseEventType;
  date: CalendarDate;
}

export interface LifecycleIssue {
  path: string[];
  message: string;
}

/** Pairs (later, earlier): the later event cannot be dated before the latest earlier one. */
const ORDER: readonly [CaseEventType, CaseEventType, string][] = [
  ['urgency_assessed', 'notification_received', 'The urgency cannot be assessed before the notification.'],
  ['assessment_started', 'notification_received', 'An assessment cannot start before the notification.'],
  ['assessment_completed', 'assessment_started', 'An assessment cannot be completed before it started.'],
  [
    'assessment_completed',
    'notification_received',
    'An assessment cannot be completed before the notification.',
  ],
  [
    'emergency_placement_extended',
    'emergency_placement_started',
    'An extension cannot precede the placement.',
  ],
  ['emergency_placement_ended', 'emergency_placement_started', 'A placement cannot end before it started.'],
  ['open_care_placement_reviewed', 'open_care_placement_started', 'A review cannot precede the placement.'],
  ['open_care_placement_ended', 'open_care_placement_started', 'A placement cannot end before it started.'],
];

/**
 * Impossible dates for a new or corrected event, checked against the child's other current events:
 * nothing before the child's birth, nothing in the future, and the lifecycle order above. Pure, so the
 * server refuses with the same words the form shows.
 */
export function lifecycleIssues(
  event: DatedEvent,
  others: readonly DatedEvent[],
  context: { dateOfBirth: CalendarDate; today: CalendarDate },
): LifecycleIssue[] {
  const issues: LifecycleIssue[] = [];
  const datePath = ['date'];
  // A notification may concern an unborn child (LSL 25 c §, anticipatory notification): allow up to ~9 months.
  if (event.type !== 'notification_received' && event.date < context.dateOfBirth)
    issues.push({ path: datePath, message: 'The date is before the child was born.' });
  if (event.date > context.today) issues.push({ path: datePath, message: 'The date is in the future.' });
  for (const [later, earlier, message] of ORDER) {
    if (event.type === later) {
      const first = others
        .filter((o) => o.type === earlier && o.id !== event.id)
        .map((o) => o.date)
        .sort()[0];
      if (first && event.date < first) issues.push({ path: datePath, message });
    }
    if (event.type === earlier) {
      const dependent = others.filter((o) => o.type === later && o.id !== event.id);
      const hasOtherEarlier = others.some(
        (o) => o.type === earlier && o.id !== event.id && o.date <= event.date,
      );
      if (!hasOtherEarlier && dependent.some((o) => o.date < event.date))
        issues.push({ path: datePath, message: 'A later step of the case is dated before this date.' });
    }
  }
  return issues;
}
