import { SelectOption } from '../../../core/forms/select-field';
import { Person, Relationship } from '../data/family.model';

/** A person in a picker: the name and, to tell namesakes apart, the birth year. */
export function personLabel(person: Person): string {
  const name = `${person.firstName} ${person.lastName}`.trim();
  return person.dateOfBirth ? `${name} (${person.dateOfBirth.slice(0, 4)})` : name;
}

/** "Jari – Sanna" for a couple, "Jari → Aino" for a parent and child. */
export function lineLabel(line: Relationship, persons: readonly Person[]): string {
  const name = (id: string) => {
    const person = persons.find((p) => p.id === id);
    return person ? `${person.firstName} ${person.lastName}`.trim() : '?';
  };
  return `${name(line.fromPersonId)} ${line.kind === 'partner' ? '–' : '→'} ${name(line.toPersonId)}`;
}

/** People for pickers, oldest first. */
export function byAge(persons: readonly Person[]): Person[] {
  return [...persons].sort(
    (a, b) =>
      (a.dateOfBirth ?? '9999').localeCompare(b.dateOfBirth ?? '9999') ||
      a.firstName.localeCompare(b.firstName),
  );
}

/** The people of a family as picker options, oldest first. */
export const personOptions = (persons: readonly Person[]): SelectOption[] =>
  byAge(persons).map((person) => ({ value: person.id, label: personLabel(person) }));
