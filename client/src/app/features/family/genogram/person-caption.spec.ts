import { person } from '../testing/family-fixture';
import { ageOn, personCaption, todayIso } from './person-caption';

describe('personCaption', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('2012-09-09', '2026-09-08')).toBe(13);
    expect(ageOn('2012-09-09', '2026-09-09')).toBe(14);
  });

  it('shows the birth year and age, or the years of life of someone who has died', () => {
    const aino = person({ id: 'a', firstName: 'Aino', sex: 'female', dateOfBirth: '2012-09-09' });
    expect(personCaption(aino, '2026-11-22')).toEqual({ name: 'Aino Virtanen', years: '2012 (14)' });
    const veikko = person({
      id: 'v',
      firstName: 'Veikko',
      sex: 'male',
      dateOfBirth: '1950-03-01',
      dateOfDeath: '2015-02-01',
    });
    expect(personCaption(veikko, '2026-11-22').years).toBe('1950–2015 (64)');
    expect(personCaption(person({ id: 'x', firstName: 'X', sex: 'unknown' }), '2026-11-22').years).toBe('');
  });

  it('shortens a long name to fit under the symbol', () => {
    const long = person({
      id: 'l',
      firstName: 'Maria-Kristiina',
      lastName: 'Hämäläinen-Virtanen',
      sex: 'female',
    });
    expect(personCaption(long, '2026-01-01').name).toBe('Maria-Kristiina H…');
  });

  it("formats today's date", () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
