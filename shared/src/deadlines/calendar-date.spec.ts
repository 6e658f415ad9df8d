import { daysInMonth, fromDayNumber, parseCalendarDate, toDayNumber } from './calendar-date.js';

const MS_PER_DAY = 86_400_000;

/** The straightforward Date-based forms the arithmetic in calendar-date.ts replaces. */
const reference = {
  fromDayNumber: (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10),
  daysInMonth: (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate(),
};

describe('calendar dates', () => {
  it('formats and parses every day of 1600-2400 as Date does', () => {
    const first = toDayNumber('1600-01-01');
    const last = toDayNumber('2400-12-31');
    let mismatches = 0;
    for (let n = first; n <= last; n++) {
      const date = fromDayNumber(n);
      if (date !== reference.fromDayNumber(n) || toDayNumber(date) !== n) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(last - first + 1).toBe(801 * 365 + 195); // 801 years, 195 of them leap years
  });

  it('formats days outside the years 1000-9999 and fractions of days as Date does', () => {
    for (const n of [-719_528, -719_162, -400_000, 2_932_897, 2_932_896, 0.5, -0.5, 19_000.999])
      expect(fromDayNumber(n)).withContext(String(n)).toBe(reference.fromDayNumber(n));
    expect(() => fromDayNumber(NaN)).toThrowError(RangeError);
  });

  it('knows the length of every month, leap years included, as Date does', () => {
    for (const year of [0, 4, 99, 100, 1900, 2000, 2023, 2024, 2100, 2400])
      for (let month = -1; month <= 14; month++)
        expect(daysInMonth(year, month))
          .withContext(`${year}-${month}`)
          .toBe(reference.daysInMonth(year, month));
  });

  it('parses only YYYY-MM-DD', () => {
    expect(parseCalendarDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    for (const bad of [
      '2026-2-28',
      '2026-02-28 ',
      '2026/02/28',
      '20260228xx',
      '2026-0a-28',
      '',
      '２０２６-02-28',
    ])
      expect(() => parseCalendarDate(bad))
        .withContext(bad)
        .toThrowError(RangeError);
  });
});
