import type { CalendarDate } from '../deadlines/calendar-date.js';
import { computeStatutoryDeadlines } from '../deadlines/compute.js';
import type { CaseEventType, DeadlineCaseEvent } from '../deadlines/events.js';
import { STATUTORY_RULES } from '../deadlines/rules.js';
import { DEFAULT_VISIT_INTERVAL_DAYS, type PlacementType } from './placement-api.js';

export type VisitIntervalSource = 'placement' | 'client_plan' | 'organisation_default';

/** The placement's own interval, else the client plan's (LSL 29 §, 53 §), else the organisation default. */
export function resolveVisitInterval(
  placementDays: number | null | undefined,
  planDays: number | null | undefined,
  organisationDays = DEFAULT_VISIT_INTERVAL_DAYS,
): { days: number; source: VisitIntervalSource } {
  if (placementDays) return { days: placementDays, source: 'placement' };
  if (planDays) return { days: planDays, source: 'client_plan' };
  return { days: organisationDays, source: 'organisation_default' };
}

/** The lifecycle event a placement of this type starts with (the trigger of the visit rule). */
const TRIGGER: Record<PlacementType, CaseEventType | null> = {
  open_care_placement: 'open_care_placement_started',
  emergency_placement: 'emergency_placement_started',
  substitute_care: 'care_order_decided',
  // Aftercare has no statutory visit interval: visits are planned only if the placement sets one.
  aftercare: null,
};

const VISIT_RULE = STATUTORY_RULES.filter((rule) => rule.id === 'placed-child-visit-interval');

export interface VisitScheduleInput {
  type: PlacementType;
  startDate: CalendarDate;
  endDate: CalendarDate | null;
  interval: { days: number; source: VisitIntervalSource };
  /** Days the child was seen on a submitted visit (any order; those before the start are ignored). */
  visitDates: readonly CalendarDate[];
  today: CalendarDate;
  dueSoonDays?: number;
}

export interface VisitSchedule {
  lastVisitDate: CalendarDate | null;
  dueDate: CalendarDate | null;
  status: 'upcoming' | 'due_soon' | 'overdue' | 'not_scheduled';
}

/**
 * When the next visit to a placed child is due: the statutory rule 'placed-child-visit-interval' (LSL
 * 29 §, 53 §) counted from the placement start, then from each visit. An ended placement, or aftercare
 * without an interval of its own, has none.
 */
export function visitSchedule(input: VisitScheduleInput): VisitSchedule {
  const visits = input.visitDates.filter((d) => d >= input.startDate).sort();
  const lastVisitDate = visits.length ? visits[visits.length - 1]! : null;
  const trigger =
    TRIGGER[input.type] ?? (input.interval.source === 'placement' ? 'open_care_placement_started' : null);
  if (!trigger || (input.endDate !== null && input.endDate < input.today))
    return { lastVisitDate, dueDate: null, status: 'not_scheduled' };
  const events: DeadlineCaseEvent[] = [
    { id: 'placement', type: trigger, date: input.startDate },
    ...visits.map((date, i) => ({ id: `visit-${i}`, type: 'placed_child_visited' as const, date })),
  ];
  const deadlines = computeStatutoryDeadlines(
    events,
    {
      today: input.today,
      plannedVisitIntervalDays: input.interval.days,
      dueSoonDays: input.dueSoonDays ?? 7,
    },
    VISIT_RULE,
  );
  const open = deadlines.find((d) => d.status !== 'met');
  if (!open || open.status === 'met') return { lastVisitDate, dueDate: null, status: 'not_scheduled' };
  return { lastVisitDate, dueDate: open.dueDate, status: open.status };
}
