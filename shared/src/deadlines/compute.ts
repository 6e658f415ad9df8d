import { addCalendarDays, type CalendarDate, daysBetween } from './calendar-date.js';
import {
  CASE_EVENT_TYPES,
  type DeadlineCaseEvent,
  deadlineOptionsSchema,
  type DeadlineOptions,
} from './events.js';
import { addMonths, birthdayAtAge } from './months.js';
import { STATUTORY_RULES, type StatutoryRule } from './rules.js';
import { addWorkingDays } from './working-days.js';

export type DeadlineStatus = 'upcoming' | 'due_soon' | 'overdue' | 'met';

/** A deadline this many days away or fewer is `due_soon` (the default of `dueSoonDays`). */
export const DEFAULT_DUE_SOON_DAYS = 7;

export interface StatutoryDeadline {
  ruleId: string;
  ruleVersion: number;
  legalReference: string;
  obligation: string;
  /** The event the deadline is counted from (for periodic rules: the previous review or visit). */
  triggerEventId: string;
  dueDate: CalendarDate;
  status: DeadlineStatus;
  metByEventId: string | null;
  metOn: CalendarDate | null;
}

/** At most one extension of at most 30 days, decided before the placement lapses (LSL 38 §). */
const MAX_EMERGENCY_EXTENSION_DAYS = 30;

const lifecycleOrder = (event: DeadlineCaseEvent): number => CASE_EVENT_TYPES.indexOf(event.type);

type ResolvedOptions = ReturnType<typeof deadlineOptionsSchema.parse>;

function dueDateFor(
  rule: StatutoryRule,
  anchor: CalendarDate,
  options: ResolvedOptions,
): CalendarDate | null {
  const computation = rule.computation;
  switch (computation.kind) {
    case 'working_days':
      return addWorkingDays(anchor, computation.days);
    case 'months':
      return addMonths(anchor, computation.months);
    case 'days_counting_first':
      return addCalendarDays(anchor, computation.days - 1);
    case 'age':
      if (!options.childDateOfBirth) return null;
      return addCalendarDays(birthdayAtAge(options.childDateOfBirth, computation.age), -1);
    case 'planned_visit_interval':
      return addCalendarDays(anchor, options.plannedVisitIntervalDays ?? options.defaultVisitIntervalDays);
  }
}

/**
 * The status of a deadline on `today`: the only part of a deadline that changes without an event, so
 * stored deadlines (the server's per-child projection) get their status from here at read time.
 */
export function deadlineStatusOn(
  dueDate: CalendarDate,
  metOn: CalendarDate | null,
  today: CalendarDate,
  dueSoonDays = DEFAULT_DUE_SOON_DAYS,
): DeadlineStatus {
  if (metOn !== null) return 'met';
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due_soon' : 'upcoming';
}

function statusOf(dueDate: CalendarDate, met: boolean, options: ResolvedOptions): DeadlineStatus {
  return deadlineStatusOn(dueDate, met ? dueDate : null, options.today, options.dueSoonDays);
}

/**
 * For periodic rules a later trigger (a new placement) starts a new chain, so the earlier one stops
 * there; one-off deadlines can all be met by the same later event (two notifications, one assessment).
 */
function chainEvents(
  rule: StatutoryRule,
  events: readonly DeadlineCaseEvent[],
  startIndex: number,
): DeadlineCaseEvent[] {
  const rest = events.slice(startIndex + 1);
  if (!rule.recurring) return rest;
  const nextTrigger = rest.findIndex((event) => rule.triggers.includes(event.type));
  return nextTrigger === -1 ? rest : rest.slice(0, nextTrigger);
}

function deadlinesFromTrigger(
  rule: StatutoryRule,
  trigger: DeadlineCaseEvent,
  later: readonly DeadlineCaseEvent[],
  options: ResolvedOptions,
): StatutoryDeadline[] {
  const deadlines: StatutoryDeadline[] = [];
  let anchor = trigger;
  let remaining = later;
  for (;;) {
    let dueDate = dueDateFor(rule, anchor.date, options);
    if (dueDate === null) return deadlines;
    let extended = false;
    let metBy: DeadlineCaseEvent | undefined;
    let index = 0;
    for (; index < remaining.length; index++) {
      const event = remaining[index]!;
      if (rule.metBy.includes(event.type)) {
        metBy = event;
        break;
      }
      if (rule.mootBy.includes(event.type)) return deadlines;
      if (event.type === 'emergency_placement_extended' && !extended && event.date <= dueDate) {
        extended = true;
        dueDate = addCalendarDays(dueDate, event.extensionDays ?? MAX_EMERGENCY_EXTENSION_DAYS);
      }
    }
    deadlines.push({
      ruleId: rule.id,
      ruleVersion: rule.version,
      legalReference: rule.legalReference,
      obligation: rule.obligation,
      triggerEventId: anchor.id,
      dueDate,
      status: statusOf(dueDate, metBy !== undefined, options),
      metByEventId: metBy?.id ?? null,
      metOn: metBy?.date ?? null,
    });
    if (!metBy || !rule.recurring) return deadlines;
    anchor = metBy;
    remaining = remaining.slice(index + 1);
  }
}

/**
 * Every statutory deadline of one child's case (domain.md §4), met or open, with its status on
 * `options.today`. Each trigger is computed with the rule version in force on the trigger date.
 * A deadline that a later event makes moot (case closed, placement ended) is left out.
 */
export function computeStatutoryDeadlines(
  events: readonly DeadlineCaseEvent[],
  options: DeadlineOptions,
  rules: readonly StatutoryRule[] = STATUTORY_RULES,
): StatutoryDeadline[] {
  const resolved = deadlineOptionsSchema.parse(options);
  // Same-day events are put in lifecycle order, so that a notification and its urgency assessment
  // recorded on one day meet the deadline whatever order they were given in.
  const ordered = [...events].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : lifecycleOrder(a) - lifecycleOrder(b),
  );
  const deadlines: StatutoryDeadline[] = [];
  ordered.forEach((trigger, index) => {
    for (const rule of rules) {
      if (!rule.triggers.includes(trigger.type)) continue;
      const inForce =
        rule.effectiveFrom <= trigger.date && (rule.effectiveTo === null || trigger.date <= rule.effectiveTo);
      if (!inForce) continue;
      deadlines.push(...deadlinesFromTrigger(rule, trigger, chainEvents(rule, ordered, index), resolved));
    }
  });
  return deadlines.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
