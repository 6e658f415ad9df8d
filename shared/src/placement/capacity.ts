import { addCalendarDays, type CalendarDate } from '../deadlines/calendar-date.js';
import { UNIT_CAPACITY_RULES, type PlacementUnitType } from './unit-api.js';

/** A placement's period: the end day is the last day in the unit; null = until further notice. */
export interface PlacementPeriod {
  startDate: CalendarDate;
  endDate: CalendarDate | null;
}

const overlaps = (a: PlacementPeriod, b: PlacementPeriod): boolean =>
  (a.endDate === null || b.startDate <= a.endDate) && (b.endDate === null || a.startDate <= b.endDate);

/**
 * The most children placed at the same time during `period`, counting `existing` placements. Counted at
 * every day an overlapping placement starts (occupancy only rises on start days).
 */
export function peakOccupancy(existing: readonly PlacementPeriod[], period: PlacementPeriod): number {
  const during = existing.filter((p) => overlaps(p, period));
  const days = new Set<CalendarDate>([period.startDate]);
  for (const p of during) if (p.startDate > period.startDate) days.add(p.startDate);
  let peak = 0;
  for (const day of days) {
    const on = during.filter((p) => p.startDate <= day && (p.endDate === null || day <= p.endDate));
    peak = Math.max(peak, on.length);
  }
  return peak;
}

export type CapacityOutcome = 'ok' | 'over_registered_places' | 'over_legal_maximum';

export interface CapacityCheck {
  outcome: CapacityOutcome;
  /** Placed children at the busiest moment of the period with the new placement. */
  placedWithNew: number;
  registeredPlaces: number;
  legalMaximum: number | null;
  legalReference: string;
}

/**
 * Capacity at allocation (domain.md §3): over the legal maximum of the unit type (PHL 7 §, 8 §) a
 * placement is refused; over the unit's own registered places (but within the law) it is a warning
 * that a worker may override with a recorded reason.
 */
export function checkCapacity(
  unit: { type: PlacementUnitType; capacity: { registeredPlaces: number; placedByOthers?: number } },
  existing: readonly PlacementPeriod[],
  period: PlacementPeriod,
): CapacityCheck {
  const rule = UNIT_CAPACITY_RULES[unit.type];
  const placedWithNew = peakOccupancy(existing, period) + (unit.capacity.placedByOthers ?? 0) + 1;
  const outcome: CapacityOutcome =
    rule.legalMaximum !== null && placedWithNew > rule.legalMaximum
      ? 'over_legal_maximum'
      : placedWithNew > unit.capacity.registeredPlaces
        ? 'over_registered_places'
        : 'ok';
  return {
    outcome,
    placedWithNew,
    registeredPlaces: unit.capacity.registeredPlaces,
    legalMaximum: rule.legalMaximum,
    legalReference: rule.legalReference,
  };
}

/**
 * The days a placement newly occupies when its end date moves from `period.endDate` to `endDate`
 * (later, or open-ended), or null when the change frees days or changes nothing. Only these days can
 * take the unit over capacity, so only they are checked again (a reason recorded at allocation still
 * covers the days it was given for).
 */
export function periodExtension(
  period: PlacementPeriod,
  endDate: CalendarDate | null,
): PlacementPeriod | null {
  if (period.endDate === null || (endDate !== null && endDate <= period.endDate)) return null;
  return { startDate: addCalendarDays(period.endDate, 1), endDate };
}

/** Is the placement going on on `day` (started, not yet ended)? */
export function isPlacementActive(period: PlacementPeriod, day: CalendarDate): boolean {
  return period.startDate <= day && (period.endDate === null || day <= period.endDate);
}
