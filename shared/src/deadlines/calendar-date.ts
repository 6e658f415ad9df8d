/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Deadlines are days in Europe/Helsinki, not instants:
 * a `Date` at local midnight would shift a day when serialised as UTC, so the arithmetic here works on
 * day numbers (days since 1970-01-01, computed with Date.UTC) and never on local time.
 * ISO strings compare correctly with `<` and `>`, which the rest of the module relies on.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return calendarDate(y, m, d) === value;
}

export function parseCalendarDate(date: CalendarDate): { year: number; month: number; day: number } {
  if (!ISO_DATE.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Builds a date from year, month (1-12) and day; out-of-range days roll over like Date.UTC. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return fromDayNumber(Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY));
}

export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = parseCalendarDate(date);
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
