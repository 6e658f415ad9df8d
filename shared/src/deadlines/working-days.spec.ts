import Holidays from 'date-holidays';
import {
  addWorkingDays,
  countWorkingDaysBetween,
  finnishNonWorkingHolidays,
  isFinnishWorkingDay,
  midsummerEve,
} from './working-days.js';

describe('Finnish working days', () => {
  // Each case hand-counted on a calendar; the notification day itself is never counted.
  const sevenWorkingDays: [string, string, string][] = [
    ['Thursday before Easter 2025 (Good Friday, Easter Monday)', '2025-04-17', '2025-04-30'],
    [
      '23 December 2025 (Christmas Eve, Christmas, St Stephen, New Year, Epiphany)',
      '2025-12-23',
      '2026-01-08',
    ],
    ['Thursday before Midsummer Eve 2025', '2025-06-19', '2025-07-01'],
    ['a Friday', '2025-03-07', '2025-03-18'],
    ['a Saturday counts from the Monday', '2025-03-08', '2025-03-18'],
    ['the day before Ascension Day 2025', '2025-05-28', '2025-06-09'],
    ['the day before May Day 2025', '2025-04-30', '2025-05-12'],
    ['the day before Independence Day 2024 (a Friday)', '2024-12-05', '2024-12-17'],
  ];
  for (const [label, pending, due] of sevenWorkingDays) {
    it(`puts the 7th working day after ${label} on ${due}`, () => {
      expect(addWorkingDays(pending, 7)).toBe(due);
      expect(countWorkingDaysBetween(pending, due)).toBe(7);
    });
  }

  it('counts day 1 as the next working day and 0 days as the same day', () => {
    expect(addWorkingDays('2025-03-10', 1)).toBe('2025-03-11');
    expect(addWorkingDays('2025-03-14', 1)).toBe('2025-03-17');
    expect(addWorkingDays('2025-03-15', 0)).toBe('2025-03-15');
  });

  it("treats New Year's Eve as a working day although the library lists it as a bank day", () => {
    expect(isFinnishWorkingDay('2025-12-31')).toBeTrue();
    expect(addWorkingDays('2025-12-30', 1)).toBe('2025-12-31');
  });

  it('excludes Christmas Eve and Midsummer Eve', () => {
    expect(isFinnishWorkingDay('2025-12-24')).toBeFalse();
    expect(isFinnishWorkingDay('2025-06-20')).toBeFalse();
    expect(isFinnishWorkingDay('2026-06-19')).toBeFalse();
    expect(isFinnishWorkingDay('2027-06-25')).toBeFalse();
  });

  it('finds Midsummer Eve on the Friday between 19 and 25 June', () => {
    expect(midsummerEve(2020)).toBe('2020-06-19');
    expect(midsummerEve(2024)).toBe('2024-06-21');
    expect(midsummerEve(2025)).toBe('2025-06-20');
    expect(midsummerEve(2027)).toBe('2027-06-25');
  });

  it("agrees with the library's Christmas Eve and Midsummer Eve for 2015-2040", () => {
    const library = new Holidays('FI');
    for (let year = 2015; year <= 2040; year++) {
      const eves = library
        .getHolidays(year)
        .filter((holiday) => holiday.name === 'jouluaatto' || holiday.name === 'juhannusaatto')
        .map((holiday) => holiday.date.slice(0, 10))
        .sort();
      expect(eves).toEqual([midsummerEve(year), `${year}-12-24`]);
    }
  });

  it('has the 11 weekday-independent holidays plus the two eves every year', () => {
    const days2025 = [...finnishNonWorkingHolidays(2025).keys()].sort();
    expect(days2025).toEqual([
      '2025-01-01',
      '2025-01-06',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-05-29',
      '2025-06-08',
      '2025-06-20',
      '2025-06-21',
      '2025-11-01',
      '2025-12-06',
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('rejects a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2025-01-01', -1)).toThrowError(RangeError);
    expect(() => addWorkingDays('2025-01-01', 1.5)).toThrowError(RangeError);
  });
});
