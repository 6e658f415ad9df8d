import { addMonths, birthdayAtAge } from './months.js';

describe('addMonths', () => {
  const cases: [string, number, string][] = [
    ['2025-08-31', 3, '2025-11-30'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-10-15', 3, '2026-01-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-05-31', 1, '2025-06-30'],
  ];
  for (const [date, months, expected] of cases) {
    it(`${date} + ${months} months = ${expected}`, () => {
      expect(addMonths(date, months)).toBe(expected);
    });
  }

  it('rejects a malformed date', () => {
    expect(() => addMonths('31.8.2025', 3)).toThrowError(RangeError);
  });
});

describe('birthdayAtAge', () => {
  it('is the same day and month, or 1 March for someone born on 29 February', () => {
    expect(birthdayAtAge('2003-05-15', 23)).toBe('2026-05-15');
    expect(birthdayAtAge('2004-02-29', 23)).toBe('2027-03-01');
    expect(birthdayAtAge('2004-02-29', 24)).toBe('2028-02-29');
  });
});
