import { ageInYears, helsinkiToday } from './dates.js';

describe('case dates', () => {
  it('counts full years of age, the birthday itself included', () => {
    expect(ageInYears('2014-03-12', '2026-03-11')).toBe(11);
    expect(ageInYears('2014-03-12', '2026-03-12')).toBe(12);
    expect(ageInYears('2014-03-12', '2026-02-28')).toBe(11);
    expect(ageInYears('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageInYears('2012-02-29', '2026-03-01')).toBe(14);
  });

  it("takes today's date in Helsinki, not in UTC", () => {
    // 22.30 UTC on 31 December is already New Year's Day in Helsinki (UTC+2 in winter).
    expect(helsinkiToday(new Date('2025-12-31T22:30:00Z'))).toBe('2026-01-01');
    // 20.59 UTC in June is 23.59 in Helsinki (UTC+3 in summer): still the same day.
    expect(helsinkiToday(new Date('2025-06-20T20:59:00Z'))).toBe('2025-06-20');
    expect(helsinkiToday(new Date('2025-06-20T21:00:00Z'))).toBe('2025-06-21');
  });
});
