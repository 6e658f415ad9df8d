import { type CalendarDate, calendarDate, isoWeekday } from './calendar-date.js';

/** The cap on children (aged 0-17) per named social worker, as versioned data (LSL 13 b §). */
export interface CaseloadCapRule {
  id: 'caseload-cap';
  version: number;
  legalReference: string;
  maxChildren: number;
  effectiveFrom: CalendarDate;
  effectiveTo: CalendarDate | null;
}

export const CASELOAD_CAP_RULES: readonly CaseloadCapRule[] = [
  {
    id: 'caseload-cap',
    version: 1,
    legalReference: 'LSL 13 b §',
    maxChildren: 35,
    effectiveFrom: '2022-01-01',
    effectiveTo: '2023-12-31',
  },
  {
    id: 'caseload-cap',
    version: 2,
    legalReference: 'LSL 13 b §',
    maxChildren: 30,
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
  },
];

export function caseloadCapRuleOn(date: CalendarDate): CaseloadCapRule | undefined {
  return CASELOAD_CAP_RULES.find(
    (rule) => rule.effectiveFrom <= date && (rule.effectiveTo === null || date <= rule.effectiveTo),
  );
}

/** The maximum number of children per named social worker on `date`; null before the cap existed. */
export function caseloadCapOn(date: CalendarDate): number | null {
  return caseloadCapRuleOn(date)?.maxChildren ?? null;
}

function secondTuesday(year: number, month: number): CalendarDate {
  const first = calendarDate(year, month, 1);
  const daysToFirstTuesday = (2 - isoWeekday(first) + 7) % 7;
  return calendarDate(year, month, 1 + daysToFirstTuesday + 7);
}

/** THL counts caseload compliance on the second Tuesday of April and of October. */
export function thlSnapshotDates(year: number): [CalendarDate, CalendarDate] {
  return [secondTuesday(year, 4), secondTuesday(year, 10)];
}
