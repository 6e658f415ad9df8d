import { Person } from '../../family/data/family.model';

/** The adult SCORE-15 is for family members aged 12 and over on the day they answer. */
export const SCORE15_MIN_AGE = 12;

/** Full years on `date` (both `YYYY-MM-DD`); born 29 February: a year older on 1 March. */
export function ageOn(dateOfBirth: string, date: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  const hadBirthday = m! > bm! || (m === bm && d! >= bd!);
  return y! - by! - (hadBirthday ? 0 : 1);
}

/** Who may answer on `date`: family members (not the network) with a birth date, alive, 12+. */
export function eligibleRespondents(persons: readonly Person[], date: string): Person[] {
  if (!date) return [];
  return persons.filter(
    (p) =>
      p.kind === 'family' &&
      !!p.dateOfBirth &&
      p.dateOfBirth <= date &&
      !(p.dateOfDeath && p.dateOfDeath <= date) &&
      ageOn(p.dateOfBirth, date) >= SCORE15_MIN_AGE,
  );
}
