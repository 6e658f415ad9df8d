import { addCalendarDays, birthdayAtAge } from '@keha/shared';
import { isMinorOn, minorBirthWindow } from './minor-window.js';

const day = (date: string) => new Date(`${date}T00:00:00Z`);

describe('minorBirthWindow (children aged 0-17 for the caseload cap)', () => {
  it('leaves a child out from their 18th birthday', () => {
    expect(minorBirthWindow('2026-04-02')).toEqual({ bornAfter: '2008-04-02', bornOnOrBefore: '2026-04-02' });
    expect(isMinorOn(day('2008-04-02'), '2026-04-01')).toBeTrue();
    expect(isMinorOn(day('2008-04-02'), '2026-04-02')).toBeFalse();
    expect(isMinorOn(day('2026-04-03'), '2026-04-02')).toBeFalse(); // not born yet
    expect(isMinorOn(day('2026-04-02'), '2026-04-02')).toBeTrue(); // born today: aged 0
  });

  it('lets someone born on 29 February turn 18 on 1 March in a common year', () => {
    expect(minorBirthWindow('2026-02-28').bornAfter).toBe('2008-02-28');
    expect(isMinorOn(day('2008-02-29'), '2026-02-28')).toBeTrue();
    expect(minorBirthWindow('2026-03-01').bornAfter).toBe('2008-03-01'); // 29 Feb and 1 Mar both turn 18 today
    expect(isMinorOn(day('2008-02-29'), '2026-03-01')).toBeFalse();
    expect(minorBirthWindow('2028-02-29').bornAfter).toBe('2010-02-28');
  });

  it('agrees with birthdayAtAge on every day of 2020-2030 at the boundary', () => {
    for (let date = '2020-01-01'; date <= '2030-12-31'; date = addCalendarDays(date, 1)) {
      const { bornAfter } = minorBirthWindow(date);
      expect(birthdayAtAge(bornAfter, 18) <= date)
        .withContext(date)
        .toBeTrue();
      expect(birthdayAtAge(addCalendarDays(bornAfter, 1), 18) > date)
        .withContext(date)
        .toBeTrue();
    }
  });
});
