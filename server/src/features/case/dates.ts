import { parseCalendarDate, type CalendarDate } from '@keha/shared';

const helsinkiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Statutory deadlines and "not in the future" are days in Finland, whatever the server's time zone. */
export function helsinkiToday(now: Date = new Date()): CalendarDate {
  return helsinkiDay.format(now);
}

/** The child's date of birth is stored as UTC midnight of the day (see children/mapping.ts). */
export function calendarDateOf(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/** Full years of age on `today` (a child born on 29 February turns a year older on 1 March). */
export function ageInYears(dateOfBirth: CalendarDate, today: CalendarDate): number {
  const born = parseCalendarDate(dateOfBirth);
  const now = parseCalendarDate(today);
  const hadBirthday = now.month > born.month || (now.month === born.month && now.day >= born.day);
  return now.year - born.year - (hadBirthday ? 0 : 1);
}
