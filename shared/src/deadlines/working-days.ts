import Holidays from 'date-holidays';
import {
  addCalendarDays,
  type CalendarDate,
  civilFromDayNumber,
  fromDayNumber,
  isoWeekday,
  parseCalendarDate,
  toDayNumber,
} from './calendar-date.js';

/**
 * Finnish working days (arkipäivä) for statutory deadlines (laki säädettyjen määräaikain laskemisesta
 * 150/1930): Monday-Friday except public holidays, Christmas Eve and Midsummer Eve.
 *
 * Public holidays come from the maintained `date-holidays` library (country FI, type `public`). The
 * library lists Christmas Eve and Midsummer Eve as type `bank` (together with New Year's Eve, which
 * the law does NOT exempt), so the two eves are added here by their own date rules instead of taking
 * every `bank` day: Christmas Eve is 24 December, Midsummer Eve is the Friday between 19 and 25 June.
 * The specs check that these agree with the library's `jouluaatto` / `juhannusaatto` for many years.
 */
const finland = new Holidays('FI');
const holidaysByYear = new Map<number, ReadonlyMap<CalendarDate, string>>();
const holidayNumbersByYear = new Map<number, ReadonlySet<number>>();

export function midsummerEve(year: number): CalendarDate {
  for (let day = 19; day <= 25; day++) {
    const date = `${year}-06-${String(day)}`;
    if (isoWeekday(date) === 5) return date;
  }
  throw new Error('unreachable: every 7-day range has a Friday');
}

/** Public holidays plus the two eves of `year`, date -> Finnish name. Memoised per year. */
export function finnishNonWorkingHolidays(year: number): ReadonlyMap<CalendarDate, string> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  const days = new Map<CalendarDate, string>();
  for (const holiday of finland.getHolidays(year)) {
    // `date` is the local (Helsinki) calendar day as 'YYYY-MM-DD hh:mm:ss'; `start` is a UTC instant.
    if (holiday.type === 'public') days.set(holiday.date.slice(0, 10), holiday.name);
  }
  days.set(`${year}-12-24`, 'jouluaatto');
  days.set(midsummerEve(year), 'juhannusaatto');
  holidaysByYear.set(year, days);
  return days;
}

export function isFinnishHoliday(date: CalendarDate): boolean {
  return finnishNonWorkingHolidays(parseCalendarDate(date).year).has(date);
}

export function isFinnishWorkingDay(date: CalendarDate): boolean {
  return isoWeekday(date) <= 5 && !isFinnishHoliday(date);
}

/** The same as isFinnishWorkingDay, on a day number (days since 1970-01-01). */
function isWorkingDayNumber(dayNumber: number): boolean {
  // 1970-01-01 was a Thursday: +3 makes Monday 0.
  if ((((dayNumber + 3) % 7) + 7) % 7 >= 5) return false;
  const year = civilFromDayNumber(dayNumber).year;
  let holidays = holidayNumbersByYear.get(year);
  if (!holidays) {
    holidays = new Set([...finnishNonWorkingHolidays(year).keys()].map(toDayNumber));
    holidayNumbersByYear.set(year, holidays);
  }
  return !holidays.has(dayNumber);
}

/**
 * The n-th working day after `date`. The day the case became pending is not counted: day 1 is the
 * next working day, whatever kind of day `date` itself is. n = 0 returns `date` unchanged.
 */
export function addWorkingDays(date: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
  if (n === 0) return date;
  // Day numbers, not date strings: this loop runs for every notification of every child.
  let day = toDayNumber(date);
  let counted = 0;
  while (counted < n) {
    day++;
    if (isWorkingDayNumber(day)) counted++;
  }
  return fromDayNumber(day);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function countWorkingDaysBetween(from: CalendarDate, to: CalendarDate): number {
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isFinnishWorkingDay(day)) count++;
  }
  return count;
}
