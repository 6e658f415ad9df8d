import { Person } from '../data/family.model';

/** How much of a name fits under a symbol (the full name is in the list view). */
const NAME_ROOM = 18;

export interface PersonCaption {
  name: string;
  /** `1985 (40)`, or `1950–2015 (65)` for someone who has died; empty without a birth date. */
  years: string;
}

/** Whole years between two calendar dates `YYYY-MM-DD`. */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

export function personCaption(person: Person, today: string): PersonCaption {
  const full = `${person.firstName} ${person.lastName}`.trim();
  const name = full.length > NAME_ROOM ? `${full.slice(0, NAME_ROOM - 1).trimEnd()}…` : full;
  const born = person.dateOfBirth;
  if (!born) return { name, years: person.dateOfDeath ? `† ${person.dateOfDeath.slice(0, 4)}` : '' };
  const died = person.dateOfDeath;
  const span = died ? `${born.slice(0, 4)}–${died.slice(0, 4)}` : born.slice(0, 4);
  return { name, years: `${span} (${ageOn(born, died ?? today)})` };
}

/** Today as a calendar date in the user's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
