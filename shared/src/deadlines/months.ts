import { type CalendarDate, calendarDate, daysInMonth, parseCalendarDate } from './calendar-date.js';

/**
 * The same day number `n` months later; when the target month is shorter, its last day
 * (31 August + 3 months = 30 November; 31 January + 1 month = 28 or 29 February). Act 150/1930 § 3.
 */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError(`Months must be a whole number: ${n}`);
  const { year, month, day } = parseCalendarDate(date);
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return calendarDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * The date a person born on `dateOfBirth` turns `years` old. Someone born on 29 February turns a year
 * older on 1 March in a common year (the Finnish population-register practice; *verify* for LSL 75 §).
 */
export function birthdayAtAge(dateOfBirth: CalendarDate, years: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(dateOfBirth);
  return calendarDate(year + years, month, day); // Date.UTC rolls 29 Feb over to 1 March.
}
