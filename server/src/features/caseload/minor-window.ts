import { addCalendarDays, addMonths, birthdayAtAge, type CalendarDate } from '@keha/shared';

/**
 * The dates of birth of children aged 0-17 on `date` (the caseload cap counts them, LSL 13 b §), as
 * a range a query can match on: born after `bornAfter` and on or before `bornOnOrBefore`. Someone born
 * on 29 February turns 18 on 1 March in a common year (`birthdayAtAge`), so the lower bound is found
 * with the same rule rather than by subtracting 18 years.
 */
export function minorBirthWindow(date: CalendarDate): {
  bornAfter: CalendarDate;
  bornOnOrBefore: CalendarDate;
} {
  const adult = (born: CalendarDate) => birthdayAtAge(born, 18) <= date;
  // The latest date of birth of someone already 18 on `date`: within a day or two of 18 years before.
  let latestAdult = addMonths(date, -18 * 12);
  while (adult(addCalendarDays(latestAdult, 1))) latestAdult = addCalendarDays(latestAdult, 1);
  while (!adult(latestAdult)) latestAdult = addCalendarDays(latestAdult, -1);
  return { bornAfter: latestAdult, bornOnOrBefore: date };
}

/** Dates of birth are stored as UTC midnight of the day (children/mapping.ts). */
export function minorBirthFilter(date: CalendarDate): { $gt: Date; $lte: Date } {
  const window = minorBirthWindow(date);
  return { $gt: utcMidnight(window.bornAfter), $lte: utcMidnight(window.bornOnOrBefore) };
}

export function isMinorOn(dateOfBirth: Date, date: CalendarDate): boolean {
  const window = minorBirthWindow(date);
  const born = dateOfBirth.toISOString().slice(0, 10);
  return born > window.bornAfter && born <= window.bornOnOrBefore;
}

function utcMidnight(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
