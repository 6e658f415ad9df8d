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

/** The number written by the digits at [from, from + count), or NaN when one of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

// The deadline rules parse and format dates in their inner loops: these read the characters directly
// (the ISO_DATE test, split and map cost more than the arithmetic they feed).
export function parseCalendarDate(date: CalendarDate): { year: number; month: number; day: number } {
  const valid = typeof date === 'string' && date.length === 10 && date[4] === '-' && date[7] === '-';
  const year = valid ? digitsAt(date, 0, 4) : NaN;
  const month = valid ? digitsAt(date, 5, 2) : NaN;
  const day = valid ? digitsAt(date, 8, 2) : NaN;
  if (Number.isNaN(year + month + day)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
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

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Year, month (1-12) and day of a day number, by H. Hinnant's civil_from_days (proleptic Gregorian,
 * as Date): arithmetic instead of a Date and its ISO string.
 */
export function civilFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  if (Number.isInteger(dayNumber)) {
    const { year, month, day } = civilFromDayNumber(dayNumber);
    if (year >= 1000 && year <= 9999) return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
  }
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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Date.UTC reads years 0-99 as 1900-1999 and rolls months over: only the plain case is computed here.
  if (Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
