import fc from 'fast-check';
import { fromDayNumber, isoWeekday, toDayNumber } from './calendar-date.js';
import { addWorkingDays, countWorkingDaysBetween, isFinnishHoliday } from './working-days.js';

// Any day in 2020-2035 (the results may run a few weeks into 2036).
const anyDate = fc
  .integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2035-12-31') })
  .map(fromDayNumber);
const workingDayCount = fc.integer({ min: 1, max: 60 });
const runs = { numRuns: 500 };

describe('addWorkingDays properties (2020-2035)', () => {
  it('never lands on a weekend or a holiday for n ≥ 1', () => {
    fc.assert(
      fc.property(anyDate, workingDayCount, (date, n) => {
        const due = addWorkingDays(date, n);
        return isoWeekday(due) <= 5 && !isFinnishHoliday(due);
      }),
      runs,
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 60 }), (date, n) => {
        return addWorkingDays(date, n + 1) > addWorkingDays(date, n);
      }),
      runs,
    );
  });

  it('is monotonic in the start date', () => {
    fc.assert(
      fc.property(anyDate, anyDate, workingDayCount, (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return addWorkingDays(early, n) <= addWorkingDays(late, n);
      }),
      runs,
    );
  });

  it('counts exactly n working days between the start and the result', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 60 }), (date, n) => {
        return countWorkingDaysBetween(date, addWorkingDays(date, n)) === n;
      }),
      runs,
    );
  });

  it('never needs more than n + 11 calendar days per n working days (no gap longer than a week)', () => {
    fc.assert(
      fc.property(anyDate, workingDayCount, (date, n) => {
        const span = toDayNumber(addWorkingDays(date, n)) - toDayNumber(date);
        return span >= n && span <= 2 * n + 11;
      }),
      runs,
    );
  });
});
